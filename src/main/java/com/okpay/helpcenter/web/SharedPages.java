package com.okpay.helpcenter.web;

import com.okpay.helpcenter.cache.PageCache;
import com.okpay.helpcenter.cache.PerVersion;
import com.okpay.helpcenter.cache.RenderedPage;
import com.okpay.helpcenter.cache.Responses;
import com.okpay.helpcenter.site.SiteSnapshot;
import io.javalin.http.Context;

/**
 * The pages every visitor gets the same bytes of (home, categories, articles, search results, not
 * found), rendered once per content version and kept with it. Proxies may keep content pages a few
 * seconds; search pages they must revalidate, so that each search still reaches us and is counted
 * (a 304 costs us a hash look-up).
 */
final class SharedPages {
    /** Home, category, article and not-found pages. */
    static final String CONTENT = "public, max-age=0, s-maxage=5";
    /** Search results: the same bytes for everyone, but each search is counted, so always asked. */
    static final String REVALIDATE = "public, no-cache";
    /** {@code /} answers by the visitor's language cookie or browser languages. */
    static final String PRIVATE = "private, no-cache";

    /** A search results page with the number of results it shows, for insights. */
    record SearchPage(RenderedPage page, long total) {
    }

    /** What one content version serves from: its pages, its searches' pages, its related-article look-ups. */
    record Version(PageCache<RenderedPage> pages, PageCache<SearchPage> searches, RelatedArticles related) {
    }

    private final PerVersion<SiteSnapshot, Version> versions;
    private final Responses responses;

    SharedPages(Responses responses, long pageBudgetBytes, long searchBudgetBytes) {
        this.responses = responses;
        this.versions = new PerVersion<>(snapshot -> new Version(PageCache.ofPages(pageBudgetBytes),
                new PageCache<>(searchBudgetBytes, s -> s.page().weight()), new RelatedArticles(snapshot.content())));
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
}
