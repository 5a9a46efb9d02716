package com.okpay.helpcenter.web;

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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The search page and the suggestions API behind the search box. Parameters are read from the raw
 * query string with a lenient decoder, so no input, however malformed, can turn into an error.
 */
final class SearchController {
    private static final int DEFAULT_SUGGESTIONS = 6;

    private final LiveSite site;
    private final Pages pages;
    private final SearchService service;
    private final Tracking tracking;
    private final Timer pageSearches;
    private final Timer instantSearches;

    SearchController(LiveSite site, Pages pages, SearchService service, Tracking tracking, Timer pageSearches,
                     Timer instantSearches) {
        this.pageSearches = pageSearches;
        this.instantSearches = instantSearches;
        this.site = site;
        this.pages = pages;
        this.service = service;
        this.tracking = tracking;
    }

    void search(Context ctx) {
        SiteSnapshot snapshot = site.current();
        Content content = snapshot.content();
        String locale = RequestLocale.of(ctx, content);
        String raw = ctx.queryString();
        String query = QueryText.clean(QueryText.param(raw, "q"));
        String category = QueryText.clean(QueryText.param(raw, "category"));
        int pageNumber = QueryText.number(QueryText.param(raw, "page"), 1);
        long start = System.nanoTime();
        SearchResults results = service.search(snapshot.search(), new SearchRequest(locale, query, category, pageNumber));
        pageSearches.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        String title = query.isEmpty() ? pages.text(locale, "search.title") : pages.text(locale, "search.titleFor", query);
        PageModel page = pages.page(content, locale, title, null, content.paths().page(locale, "search"),
                other -> content.paths().page(other, "search"), query);
        String searchId = tracking.searched(ctx, locale, query, results.total(), SearchSource.PAGE);
        Map<String, Object> model = new HashMap<>(Tracking.resultMarks(searchId));
        model.put("search", SearchPageModel.of(content, locale, results));
        pages.render(ctx, "search", page, model);
    }

    /** {@code /api/search?q=&locale=&limit=}: JSON for suggestions while typing. */
    void api(Context ctx) {
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
        InstantResults results = service.instant(snapshot.search(), locale, query, limit);
        instantSearches.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        String settled = QueryText.param(raw, Tracking.SETTLED_PARAM);
        if (settled != null) {
            tracking.settled(ctx, settled, locale, query.strip(), results.total());
            ctx.header("Cache-Control", "no-store");
        } else {
            ctx.header("Cache-Control", "public, max-age=60");
        }
        ctx.json(new InstantResults(query.strip(), results.total(), results.hits()));
    }
}
