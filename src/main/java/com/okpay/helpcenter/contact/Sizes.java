package com.okpay.helpcenter.contact;

import java.util.Locale;

/** Byte counts as people read them: {@code 5 MB}, {@code 812 KB}, {@code 1.5 MB} (binary units). */
public final class Sizes {
    private Sizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        double mb = bytes / (1024.0 * 1024);
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
