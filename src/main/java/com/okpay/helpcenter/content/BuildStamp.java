package com.okpay.helpcenter.content;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which code derived the cached data. Caches built by another version of the renderer or the
 * search analysis must not be reused, so their keys include this: {@link #FORMAT}, bumped by hand
 * when what is derived changes, and the jar's size and time, so any rebuilt jar starts afresh.
 */
public final class BuildStamp {
    /** Bump when rendering, the article cache's records or the search documents change. */
    static final String FORMAT = "3";
    private static final String CURRENT = compute();

    private BuildStamp() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String compute() {
        try {
            Path code = Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return FORMAT + "/" + Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (Exception e) {
            // no code source (an unusual class loader): the format alone tells versions apart
        }
        return FORMAT;
    }
}
