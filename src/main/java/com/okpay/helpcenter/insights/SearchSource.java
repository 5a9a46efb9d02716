package com.okpay.helpcenter.insights;

/** Where a search was made: the results page, or the instant-search box (once settled). */
public enum SearchSource {
    PAGE, INSTANT;

    String column() {
        return this == PAGE ? "page" : "instant";
    }
}
