package com.okpay.helpcenter.search;

import java.util.List;

/** Suggestions while typing: plain text, for a script to put into the page with textContent. */
public record InstantResults(String query, long total, List<Hit> hits) {

    public InstantResults {
        hits = List.copyOf(hits);
    }

    /** @param category the category's title, for showing beside the article's */
    public record Hit(String title, String url, String category, String snippet) {
    }
}
