package com.okpay.helpcenter.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Makes whatever a visitor typed into a query safe to keep: bounded, no control characters. */
public final class QueryText {
    public static final int MAX_LENGTH = 200;
    /** Parameters are looked for in this much of the query string; a longer one is cut. */
    private static final int MAX_QUERY_STRING = 16 * 1024;

    private QueryText() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH));
        raw.codePoints().limit(MAX_LENGTH * 2L).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0xFFFD || Character.getType(cp) == Character.SURROGATE) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String cleaned = out.toString().strip().replaceAll("\\s+", " ");
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH));
        }
        return cleaned;
    }

    /**
     * The first value of a parameter in a raw query string, or null. Decoded leniently, unlike the
     * servlet's decoder, which rejects some malformed input: a broken {@code %} escape is kept as
     * typed, bytes that are not UTF-8 become U+FFFD (which {@link #clean} removes).
     */
    public static String param(String queryString, String name) {
        if (queryString == null || queryString.isEmpty()) {
            return null;
        }
        String bounded = queryString.length() > MAX_QUERY_STRING ? queryString.substring(0, MAX_QUERY_STRING) : queryString;
        for (String pair : bounded.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                return equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    /** The raw query string without any {@code name=...} pair, the other pairs as they were sent. */
    public static String without(String queryString, String name) {
        StringBuilder kept = new StringBuilder(queryString.length());
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            if (pair.isEmpty() || decode(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(pair);
        }
        return kept.toString();
    }

    /** A positive whole number, or the fallback for anything else. */
    public static int number(String raw, int fallback) {
        if (raw == null || raw.isBlank() || raw.length() > 9 || !raw.strip().chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        int value = Integer.parseInt(raw.strip());
        return value > 0 ? value : fallback;
    }

    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
                bytes.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
