package com.okpay.helpcenter.web;

/**
 * Reads a parameter from the raw query string without decoding it, for values that never need
 * decoding (ids, numbers, locale codes): no input, however malformed, can make it fail, where
 * the servlet decoder throws on a broken {@code %} escape.
 */
final class RawQuery {
    private RawQuery() {
    }

    /** The first value of {@code name} as sent, or null. */
    static String param(String queryString, String name) {
        if (queryString == null || queryString.isEmpty()) {
            return null;
        }
        int at = 0;
        while (at <= queryString.length()) {
            int end = queryString.indexOf('&', at);
            end = end < 0 ? queryString.length() : end;
            if (queryString.startsWith(name, at)) {
                int after = at + name.length();
                if (after == end) {
                    return "";
                }
                if (queryString.charAt(after) == '=') {
                    return queryString.substring(after + 1, end);
                }
            }
            at = end + 1;
        }
        return null;
    }
}
