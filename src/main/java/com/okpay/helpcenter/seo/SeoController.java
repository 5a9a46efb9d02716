package com.okpay.helpcenter.seo;

import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.PerVersion;
import com.okpay.helpcenter.cache.RenderedPage;
import com.okpay.helpcenter.cache.Responses;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The files search engines, feed readers and browsers fetch besides the pages: sitemap.xml,
 * robots.txt, each locale's Atom feed and OpenSearch description.
 */
public final class SeoController {
    public static final String FEED = "feed.xml";
    public static final String OPENSEARCH = "opensearch.xml";
    public static final String OPENSEARCH_TYPE = "application/opensearchdescription+xml";
    public static final String FEED_TYPE = "application/atom+xml";
    private static final String CACHE = "public, max-age=300";

    private final LiveSite site;
    private final String baseUrl;
    private final boolean drafts;
    private final Responses responses;
    /**
     * The sitemap and each locale's feed of the content version served, made once and kept as
     * bytes with their compressed forms and ETags, as pages are: at 12 000 articles the sitemap is
     * megabytes of XML a crawler fetches compressed, and a 304 when it has it already.
     */
    private final PerVersion<Content, Map<String, RenderedPage>> files = new PerVersion<>(content -> new ConcurrentHashMap<>());

    public SeoController(LiveSite site, String baseUrl, boolean drafts, Responses responses) {
        this.site = site;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.responses = responses;
    }

    public void sitemap(Context ctx) {
        Content content = site.current().content();
        send(ctx, content, "sitemap", "application/xml", () -> Sitemap.xml(content, baseUrl));
    }

    /** A preview server (drafts shown) asks every robot to stay out. */
    public void robots(Context ctx) {
        String rules = drafts ? "Disallow: /\n" : "Disallow: /api/\n" + searchRules(site.current().content());
        send(ctx, "text/plain", "User-agent: *\n" + rules + "\nSitemap: " + baseUrl + "/sitemap.xml\n");
    }

    /** Result pages of our own search are thin duplicates of the articles: keep them out of indexes. */
    private static String searchRules(Content content) {
        StringBuilder rules = new StringBuilder();
        content.site().locales().forEach(l -> rules.append("Disallow: ")
                .append(content.paths().page(l.code(), "search")).append('\n'));
        return rules.toString();
    }

    public void feed(Context ctx) {
        Content content = site.current().content();
        String locale = locale(ctx, content);
        send(ctx, content, "feed " + locale, FEED_TYPE, () -> AtomFeed.xml(content, locale, baseUrl));
    }

    public void openSearch(Context ctx) {
        Content content = site.current().content();
        send(ctx, OPENSEARCH_TYPE, OpenSearchDescription.xml(content, locale(ctx, content), baseUrl));
    }

    private static String locale(Context ctx, Content content) {
        return content.site().localeOfPrefix(ctx.pathParamMap().get("locale")).orElseThrow(NotFoundResponse::new);
    }

    private void send(Context ctx, Content content, String name, String type, Supplier<String> xml) {
        RenderedPage file = files.of(content).computeIfAbsent(name, n -> RenderedPage.of(
                xml.get().getBytes(StandardCharsets.UTF_8), type + "; charset=utf-8", Compression.Effort.FAST));
        responses.send(ctx, file, CACHE);
    }

    private static void send(Context ctx, String type, String body) {
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Cache-Control", CACHE);
        ctx.result(body);
    }
}
