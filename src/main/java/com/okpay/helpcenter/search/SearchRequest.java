package com.okpay.helpcenter.search;

/**
 * A search as the visitor asked for it.
 *
 * @param category a category slug to search within, or null for all
 * @param page     1-based; out-of-range pages are clamped
 */
public record SearchRequest(String locale, String query, String category, int page) {

    public SearchRequest {
        query = query == null ? "" : query;
        category = category == null || category.isBlank() ? null : category;
        page = Math.max(1, page);
    }
}
