package com.okpay.helpcenter.content;

/** Finds where something was written in a file, so a problem found later can point at its line. */
public final class SourceLines {
    private SourceLines() {
    }

    /** The 1-based line of the first occurrence of {@code needle} in {@code text}, or 0 if absent. */
    public static int lineOf(String text, String needle) {
        int at = needle.isEmpty() ? -1 : text.indexOf(needle);
        return at < 0 ? 0 : lineAt(text, at);
    }

    /** The 1-based line of the character at {@code offset}. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
