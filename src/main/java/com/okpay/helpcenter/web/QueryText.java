package com.okpay.helpcenter.web;

/** Makes whatever a visitor typed into a query safe to keep: bounded, no control characters. */
public final class QueryText {
    public static final int MAX_LENGTH = 200;

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
}
