package com.okpay.helpcenter.insights;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is kept of a query. The normalized form groups the ways people type the same thing
 * (case, full-width letters, punctuation, spacing); the phrasing is an example as typed. Both
 * have anything that looks like an email address or a long number (phone, card, order,
 * account) masked: visitors paste those into search boxes, and they must not be kept.
 */
final class SearchText {
    static final String EMAIL = "[email]";
    static final String NUMBER = "[number]";
    static final int MAX_QUERY = 100;
    static final int MAX_PHRASING = 200;

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}&&[^']]");
    /** Six digits or more, possibly grouped by single spaces, dashes or dots, possibly after a plus. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[ .\\-]?\\d){5,}");

    private SearchText() {
    }

    static String normalized(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (String word : SPACE.split(text.strip())) {
            out.append(' ').append(word.indexOf('@') >= 0 ? EMAIL : PUNCTUATION.matcher(word).replaceAll(" "));
        }
        String masked = LONG_NUMBER.matcher(SPACE.matcher(out).replaceAll(" ").strip()).replaceAll(NUMBER);
        return cut(masked, MAX_QUERY);
    }

    static String phrasing(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (String word : SPACE.split(typed.strip())) {
            out.append(' ').append(word.indexOf('@') >= 0 ? EMAIL : word);
        }
        return cut(LONG_NUMBER.matcher(out.toString().strip()).replaceAll(NUMBER), MAX_PHRASING);
    }

    private static String cut(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).strip();
    }
}
