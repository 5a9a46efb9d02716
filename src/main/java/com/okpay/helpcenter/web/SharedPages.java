package com.okpay.helpcenter.web;

import com.okpay.helpcenter.cache.PageCache;
import com.okpay.helpcenter.cache.PerVersion;
import com.okpay.helpcenter.cache.RenderedPage;
import com.okpay.helpcenter.cache.Responses;
import com.okpay.helpcenter.site.SiteSnapshot;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The pages every visitor gets the same bytes of (home, categories, articles, search results, not
 * found), rendered once per content version and kept with it. Proxies may keep content pages a few
 * seconds; search pages they must revalidate, so that each search still reaches us and is counted
 * (a 304 costs us a hash look-up).
 *
 * <p>A page sent for a plain GET of its address (no query) is also kept as a {@link Shortcut}: the
 * next request for that address is answered by {@link SharedPageHandler} before any routing.
 */
final class SharedPages {
    /** Home, category, article and not-found pages. */
    static final String CONTENT = "public, max-age=0, s-maxage=5";
    /** Search results: the same bytes for everyone, but each search is counted, so always asked. */
    static final String REVALIDATE = "public, no-cache";
    /** {@code /} answers by the visitor's language cookie or browser languages. */
    static final String PRIVATE = "private, no-cache";
    static final String BY_ENCODING = "Accept-Encoding";

    /** A search results page with the number of results it shows, for insights. */
    record SearchPage(RenderedPage page, long total) {
    }

    /**
     * When a kept page may answer a request without routing, and what each such answer still
     * records (an article view).
     */
    record Rule(Predicate<RequestFacts> applies, Consumer<RequestFacts> served) {
        static final Rule ALWAYS = new Rule(request -> true, request -> { });
    }

    /** A page with its headers encoded once, and the route it answers for (for the metrics). */
    record Shortcut(RenderedPage page, HttpField cacheControl, HttpField vary, String route, Rule rule) {
    }

    /**
     * What one content version serves from: its pages, its searches' pages, its related-article
     * look-ups, and the layout of its results pages by locale ({@link SearchPages}).
     */
    record Version(PageCache<RenderedPage> pages, PageCache<SearchPage> searches, RelatedArticles related,
                   PageCache<Shortcut> shortcuts, Map<String, Optional<SearchFrame>> searchFrames) {
    }

    private final PerVersion<SiteSnapshot, Version> versions;
    private final Responses responses;
    private final boolean shortcuts;

    /** @param shortcuts whether pages may be answered before routing (not when every request is logged) */
    SharedPages(Responses responses, long pageBudgetBytes, long searchBudgetBytes, boolean shortcuts) {
        this.responses = responses;
        this.shortcuts = shortcuts;
        this.versions = new PerVersion<>(snapshot -> new Version(PageCache.ofPages(pageBudgetBytes),
                new PageCache<>(searchBudgetBytes, s -> s.page().weight()), new RelatedArticles(snapshot.content()),
                new PageCache<>(pageBudgetBytes, s -> s.page().weight()), new ConcurrentHashMap<>()));
    }

    Version of(SiteSnapshot snapshot) {
        return versions.of(snapshot);
    }

    void send(Context ctx, RenderedPage page, String cacheControl) {
        responses.send(ctx, page, cacheControl);
    }

    void send(Context ctx, RenderedPage page, String cacheControl, String vary) {
        responses.send(ctx, page, cacheControl, vary);
    }

    /** Sends the page, and keeps it for later plain GETs of the same address that {@code rule} lets through. */
    void send(Context ctx, Version version, RenderedPage page, String cacheControl, String vary, Rule rule) {
        responses.send(ctx, page, cacheControl, vary);
        if (shortcuts && page.status() == 200 && ctx.method() == HandlerType.GET && ctx.queryString() == null
                && (ctx.statusCode() == 200 || ctx.statusCode() == 304)) {
            version.shortcuts().keep(ctx.req().getRequestURI(), new Shortcut(page,
                    new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, cacheControl),
                    new PreEncodedHttpField(HttpHeader.VARY, vary), RequestObserver.route(ctx), rule));
        }
    }
}
