package com.okpay.helpcenter.search;

import java.util.List;

/**
 * One page of results and everything the page shows around them.
 *
 * @param total       results in the selected category (or in all, without one)
 * @param categories  every category with results for this query, for the filter
 * @param corrections did-you-mean queries, when a word of the query is in no article but a similar one is
 * @param nearby      articles that match part of the query, only when nothing was found
 * @param answer      the best passage of the top article when it matched clearly (hybrid search), else null
 */
public record SearchResults(String query, String category, long total, int page, int pages, List<SearchHit> hits,
                            List<CategoryCount> categories, List<String> corrections, List<SearchHit> nearby,
                            Answer answer) {

    public SearchResults(String query, String category, long total, int page, int pages, List<SearchHit> hits,
                         List<CategoryCount> categories, List<String> corrections, List<SearchHit> nearby) {
        this(query, category, total, page, pages, hits, categories, corrections, nearby, null);
    }

    public SearchResults {
        hits = List.copyOf(hits);
        categories = List.copyOf(categories);
        corrections = List.copyOf(corrections);
        nearby = List.copyOf(nearby);
    }

    static SearchResults empty(String query, String category) {
        return new SearchResults(query, category, 0, 1, 0, List.of(), List.of(), List.of(), List.of());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
