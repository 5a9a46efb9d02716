package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.SearchResults;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the search page shows: the results plus the links around them, with every URL built here
 * (encoded) so the template only prints them.
 *
 * @param filters     "all" first, then each category with results, with its count
 * @param corrections did-you-mean searches
 * @param popular     articles to offer when there is no query or no result
 * @param contactUrl  the contact form, carrying the query
 */
public record SearchPageModel(String query, SearchResults results, List<Filter> filters, String previousUrl,
                              String nextUrl, List<Link> corrections, List<Article> popular, String contactUrl) {

    /** A category filter link; {@code count} is -1 for "all categories". */
    public record Filter(String label, int count, String url, boolean current) {
    }

    static SearchPageModel of(Content content, String locale, SearchResults results) {
        String base = content.paths().page(locale, "search");
        String query = results.query();
        List<Filter> filters = new ArrayList<>();
        if (!results.categories().isEmpty()) {
            filters.add(new Filter(null, -1, url(base, query, null, 1), results.category() == null));
            results.categories().forEach(c -> filters.add(new Filter(c.title(), c.count(), url(base, query, c.slug(), 1),
                    c.slug().equals(results.category()))));
        }
        String previous = results.hasPrevious() ? url(base, query, results.category(), results.page() - 1) : null;
        String next = results.hasNext() ? url(base, query, results.category(), results.page() + 1) : null;
        List<Link> corrections = results.corrections().stream().map(c -> Link.of(c, url(base, c, null, 1))).toList();
        List<Article> popular = query.isEmpty() || results.total() == 0 ? popular(content.categories(locale)) : List.of();
        String contact = content.paths().page(locale, "contact") + (query.isEmpty() ? "" : "?q=" + encode(query));
        return new SearchPageModel(query, results, filters, previous, next, corrections, popular, contact);
    }

    public boolean empty() {
        return query.isEmpty();
    }

    public boolean noResults() {
        return !query.isEmpty() && results.total() == 0;
    }

    /** The position of the first result on this page, for the numbered list. */
    public int firstNumber() {
        return (results.page() - 1) * com.okpay.helpcenter.search.SearchService.PAGE_SIZE + 1;
    }

    static String url(String base, String query, String category, int page) {
        StringBuilder url = new StringBuilder(base).append("?q=").append(encode(query));
        if (category != null) {
            url.append("&category=").append(encode(category));
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<Article> popular(List<Category> categories) {
        return HomeController.featured(categories);
    }
}
