package com.okpay.helpcenter.cache;

/**
 * The forms a response body is kept in. Each has its own strong ETag (a gzip body is not the same
 * bytes as the plain one), told apart by a suffix.
 */
public enum Encoding {
    BROTLI("br", "-br"),
    GZIP("gzip", "-gz"),
    IDENTITY(null, "");

    private final String token;
    private final String etagSuffix;

    Encoding(String token, String etagSuffix) {
        this.token = token;
        this.etagSuffix = etagSuffix;
    }

    /** The Content-Encoding value; null for the plain body. */
    public String token() {
        return token;
    }

    String etagSuffix() {
        return etagSuffix;
    }

    /**
     * The best encoding an {@code Accept-Encoding} header allows: brotli, then gzip, else plain.
     * Runs on every request, so it scans the header once without splitting it into strings.
     */
    public static Encoding negotiate(String acceptEncoding, boolean brotliAvailable) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return IDENTITY;
        }
        boolean gzip = false;
        int length = acceptEncoding.length();
        int start = 0;
        while (start < length) {
            int end = acceptEncoding.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int semicolon = acceptEncoding.indexOf(';', start);
            int nameEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            if (!refused(acceptEncoding, nameEnd, end)) {
                if (brotliAvailable && is(acceptEncoding, start, nameEnd, "br")) {
                    return BROTLI;
                }
                gzip |= is(acceptEncoding, start, nameEnd, "gzip") || is(acceptEncoding, start, nameEnd, "*");
            }
            start = end + 1;
        }
        return gzip ? GZIP : IDENTITY;
    }

    private static boolean is(String header, int start, int end, String name) {
        while (start < end && header.charAt(start) == ' ') {
            start++;
        }
        while (end > start && header.charAt(end - 1) == ' ') {
            end--;
        }
        return end - start == name.length() && header.regionMatches(true, start, name, 0, name.length());
    }

    /**
     * {@code ;q=0} (or 0.0, 0.00...) after a coding means "never this one"; a weight that is no
     * weight at all ({@code ;q=abc}, {@code ;q=2}) makes the element malformed, and it is left out
     * as well (RFC 9110, 12.4.2: qvalue is 0 to 1 with at most three decimals).
     */
    private static boolean refused(String header, int from, int end) {
        int q = header.indexOf("q=", from);
        if (q < 0 || q >= end) {
            return false;
        }
        int i = q + 2;
        int last = end;
        while (last > i && header.charAt(last - 1) == ' ') {
            last--;
        }
        if (i >= last || header.charAt(i) != '0' && header.charAt(i) != '1') {
            return true;
        }
        boolean one = header.charAt(i) == '1';
        boolean zero = !one;
        i++;
        if (i < last) {
            if (header.charAt(i) != '.' || last - i - 1 > 3) {
                return true;
            }
            for (i++; i < last; i++) {
                char c = header.charAt(i);
                if (c < '0' || c > '9' || one && c != '0') {
                    return true;
                }
                zero &= c == '0';
            }
        }
        return zero;
    }
}
