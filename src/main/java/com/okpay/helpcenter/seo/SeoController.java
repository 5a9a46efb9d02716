package com.okpay.helpcenter.seo;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.concurrent.atomic.AtomicReference;

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
    /** The sitemap of the current content, rebuilt only after a reload swapped the content. */
    private final AtomicReference<CachedSitemap> sitemap = new AtomicReference<>();

    public SeoController(LiveSite site, String baseUrl, boolean drafts) {
        this.site = site;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
    }

    private record CachedSitemap(Content content, String xml) {
    }

    public void sitemap(Context ctx) {
        Content content = site.current().content();
        CachedSitemap cached = sitemap.get();
        if (cached == null || cached.content() != content) {
            cached = new CachedSitemap(content, Sitemap.xml(content, baseUrl));
            sitemap.set(cached);
        }
        send(ctx, "application/xml", cached.xml());
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
        send(ctx, FEED_TYPE, AtomFeed.xml(content, locale(ctx, content), baseUrl));
    }

    public void openSearch(Context ctx) {
        Content content = site.current().content();
        send(ctx, OPENSEARCH_TYPE, OpenSearchDescription.xml(content, locale(ctx, content), baseUrl));
    }

    private static String locale(Context ctx, Content content) {
        return content.site().localeOfPrefix(ctx.pathParamMap().get("locale")).orElseThrow(NotFoundResponse::new);
    }

    private static void send(Context ctx, String type, String body) {
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Cache-Control", CACHE);
        ctx.result(body);
    }
}
