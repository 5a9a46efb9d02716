package com.okpay.helpcenter.web;

import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.RenderedPage;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.insights.SearchSource;
import com.okpay.helpcenter.search.InstantResults;
import com.okpay.helpcenter.search.SearchRequest;
import com.okpay.helpcenter.search.SearchResults;
import com.okpay.helpcenter.search.SearchService;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SiteSnapshot;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The search page and the suggestions API behind the search box. Parameters are read from the raw
 * query string with a lenient decoder, so no input, however malformed, can turn into an error.
 */
final class SearchController {
    private static final int DEFAULT_SUGGESTIONS = 6;

    private final LiveSite site;
    private final SearchPages searchPages;
    private final SearchService service;
    private final Tracking tracking;
    private final SharedPages shared;
    private final Timer pageSearches;
    private final Timer instantSearches;

    SearchController(LiveSite site, Pages pages, SearchService service, Tracking tracking, SharedPages shared,
                     Timer pageSearches, Timer instantSearches) {
        this.pageSearches = pageSearches;
        this.instantSearches = instantSearches;
        this.site = site;
        this.searchPages = new SearchPages(pages);
        this.service = service;
        this.tracking = tracking;
        this.shared = shared;
    }

    /**
     * The results page. Its bytes are the same for everyone who searches the same words, so they
     * are kept per content version; the search is still counted on every request, and the id that
     * ties later clicks to it travels in a {@code Server-Timing} header, where insights.js finds it.
     */
    void search(Context ctx) {
        SiteSnapshot snapshot = site.current();
        String locale = RequestLocale.of(ctx, snapshot.content());
        String raw = ctx.queryString();
        String query = QueryText.clean(QueryText.param(raw, "q"));
        String category = QueryText.clean(QueryText.param(raw, "category"));
        int pageNumber = QueryText.number(QueryText.param(raw, "page"), 1);
        // a page rendered before the snapshot's vectors were ready is lexical: it is not reused after
        SharedPages.SearchPage result = shared.of(snapshot).searches().get(
                locale + '|' + pageNumber + '|' + category + '|' + snapshot.semantic().ready() + '|' + query,
                () -> render(snapshot, new SearchRequest(locale, query, category, pageNumber)));
        String searchId = tracking.searched(ctx, locale, query, result.total(), SearchSource.PAGE);
        if (searchId != null) {
            ctx.header("Server-Timing", Tracking.SEARCH_PARAM + ";desc=\"" + searchId + '"');
        }
        shared.send(ctx, result.page(), SharedPages.REVALIDATE);
    }

    private SharedPages.SearchPage render(SiteSnapshot snapshot, SearchRequest request) {
        Content content = snapshot.content();
        String locale = request.locale();
        String query = request.query();
        long start = System.nanoTime();
        SearchResults results = service.search(snapshot.search(), request, snapshot.semantic());
        pageSearches.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        byte[] html = searchPages.html(content, shared.of(snapshot).searchFrames(), locale, query,
                SearchPageModel.of(content, locale, results));
        return new SharedPages.SearchPage(RenderedPage.html(html, locale, 200, Compression.Effort.FAST), results.total());
    }

    /**
     * {@code /api/search?q=&locale=&limit=}: JSON for suggestions while typing (lexical, the last
     * word may be unfinished). With {@code mode=hybrid}: the results page's first hits, in its order
     * (the contact form's suggestions).
     */
    void api(Context ctx) {
        long started = System.nanoTime();
        SiteSnapshot snapshot = site.current();
        Content content = snapshot.content();
        String raw = ctx.queryString();
        String typed = QueryText.param(raw, "q");
        String query = QueryText.clean(typed);
        if (!query.isEmpty() && Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            query = query + " ";  // the last word is finished: no prefix matching
        }
        String locale = QueryText.clean(QueryText.param(raw, "locale"));
        if (!content.site().hasLocale(locale)) {
            locale = content.site().defaultLocale();
        }
        int limit = Math.min(SearchService.MAX_INSTANT, QueryText.number(QueryText.param(raw, "limit"), DEFAULT_SUGGESTIONS));
        long start = System.nanoTime();
        InstantResults results = "hybrid".equals(QueryText.param(raw, "mode"))
                ? hybrid(snapshot, locale, query.strip(), limit)
                : service.instant(snapshot.search(), locale, query, limit);
        instantSearches.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        String settled = QueryText.param(raw, Tracking.SETTLED_PARAM);
        if (settled != null) {
            tracking.settled(ctx, settled, locale, query.strip(), results.total());
            ctx.header("Cache-Control", "no-store");
        } else {
            ctx.header("Cache-Control", "public, max-age=60");
        }
        // the server's own time for the answer, for benchmarks and browsers' network panels
        ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
        ctx.json(new InstantResults(query.strip(), results.total(), results.hits()));
    }

    private InstantResults hybrid(SiteSnapshot snapshot, String locale, String query, int limit) {
        SearchResults results = service.search(snapshot.search(), new SearchRequest(locale, query, null, 1), snapshot.semantic());
        return new InstantResults(query, results.total(), results.hits().stream().limit(limit)
                .map(hit -> new InstantResults.Hit(hit.title(), hit.url(), hit.categoryTitle(), hit.snippetText()))
                .toList());
    }
}
