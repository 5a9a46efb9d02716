package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders results pages: each search renders its results (search-results.html) and sets them in
 * its locale's {@link SearchFrame}, the rest of search.html rendered once per content version. A
 * page whose layout would show the query anywhere else than in a frame's holes (a blank query, a
 * title equal to the site's) is rendered whole, as is every page when a frame failed its check.
 */
final class SearchPages {
    private static final Logger log = LoggerFactory.getLogger(SearchPages.class);
    /**
     * A frame is filled with this once and compared with the page rendered whole: a site text that
     * happened to contain the placeholder, or escaping that differs from Thymeleaf's, shows here.
     */
    static final String CHECK_QUERY = "<a href=\"x?y=1&z='2'\">+ 退款/refund %20 é</a>";
    private static final String CHECK_RESULTS = "<p>results</p>";

    private final Pages pages;

    SearchPages(Pages pages) {
        this.pages = pages;
    }

    /** The HTML of a results page in UTF-8; {@code frames} are those of the content version, by locale. */
    byte[] html(Content content, Map<String, Optional<SearchFrame>> frames, String locale, String query,
                SearchPageModel search) {
        String results = results(locale, search);
        String siteTitle = pages.siteTitle(content, locale);
        // a title is the query set in a text: only a site title that holds the query can equal it
        boolean titledAsSite = query.isBlank() || siteTitle.contains(query) && title(locale, query).equals(siteTitle);
        Optional<SearchFrame> frame = titledAsSite ? Optional.empty() : frames.computeIfAbsent(locale, l -> frame(content, l));
        return frame.isPresent() ? frame.get().utf8(query, results)
                : whole(content, locale, query, results).getBytes(StandardCharsets.UTF_8);
    }

    /** The results part of the page (search-results.html), its repeated lists written by {@link ResultsMarkup}. */
    String results(String locale, SearchPageModel search) {
        return pages.markup("search-results", locale, null, new PageViews.Search(search,
                ResultsMarkup.filters(search.filters(), pages.text(locale, "search.filter.all")),
                ResultsMarkup.hits(search.results().hits())));
    }

    private Optional<SearchFrame> frame(Content content, String locale) {
        SearchFrame frame = SearchFrame.of(whole(content, locale, SearchFrame.QUERY, SearchFrame.RESULTS));
        if (frame.fill(CHECK_QUERY, CHECK_RESULTS).equals(whole(content, locale, CHECK_QUERY, CHECK_RESULTS))) {
            return Optional.of(frame);
        }
        log.warn("the layout of the {} results pages cannot be kept: each is rendered whole (slower)", locale);
        return Optional.empty();
    }

    /** search.html with everything in it rendered for this query. */
    String whole(Content content, String locale, String query, String results) {
        PageModel page = pages.page(content, locale).titled(query.isEmpty() ? pages.text(locale, "search.title") : title(locale, query))
                .at(content.paths().page(locale, "search"), other -> content.paths().page(other, "search"))
                .showing(query).build();
        return pages.markup("search", locale, page, new PageViews.SearchPage(results));
    }

    private String title(String locale, String query) {
        return pages.text(locale, "search.titleFor", query);
    }
}
