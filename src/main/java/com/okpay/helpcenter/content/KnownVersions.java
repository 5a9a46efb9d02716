package com.okpay.helpcenter.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ContentHash} each article file had when it was last read, by what its file looked
 * like then ({@link FileStamp}: identity, time to the nanosecond, size), so a restart reads and
 * hashes only files that changed, as git's index and make do. A file changed within
 * {@link #SETTLED} of being read is not remembered: a second save in the same clock tick, with the
 * same size, could not be told apart. The stamp only finds the version: an article is still taken
 * from the cache by that version or rendered again, so a lost or damaged list costs one reading of
 * every file, never a wrong page.
 */
final class KnownVersions {
    private static final Logger log = LoggerFactory.getLogger(KnownVersions.class);
    private static final String HEADER = "helpcenter known versions 1 ";
    static final Duration SETTLED = Duration.ofSeconds(2);

    private final Path file;
    private final Map<String, Known> previous;
    private final Map<String, Known> current = new ConcurrentHashMap<>();

    private record Known(String stamp, String version) {
    }

    private KnownVersions(Path file, Map<String, Known> previous) {
        this.file = file;
        this.previous = previous;
    }

    static KnownVersions none() {
        return new KnownVersions(null, Map.of());
    }

    /** Whether {@code file} is a list this build wrote (its first line only is read). */
    static boolean ofThisBuild(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (HEADER + BuildStamp.current()).equals(reader.readLine());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The list kept in {@code file}; empty when it is missing, from other code, or damaged. */
    static KnownVersions load(Path file) {
        Map<String, Known> known = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String end = "end " + (lines.size() - 2);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER + BuildStamp.current())
                    || !lines.get(lines.size() - 1).equals(end)) {
                return new KnownVersions(file, Map.of());
            }
            for (String line : lines.subList(1, lines.size() - 1)) {
                String[] parts = line.split("\t", -1);
                if (parts.length != 3 || !isVersion(parts[2])) {
                    log.warn("{} is damaged; every article file is read once to find its version", file);
                    return new KnownVersions(file, Map.of());
                }
                known.put(parts[0], new Known(parts[1], parts[2]));
            }
        } catch (NoSuchFileException e) {
            // a first start, or the cache folder was emptied
        } catch (IOException | RuntimeException e) {
            log.warn("{} cannot be read ({}); every article file is read once to find its version", file, e.toString());
            return new KnownVersions(file, Map.of());
        }
        return new KnownVersions(file, known);
    }

    /** The version the file had when it looked like {@code stamp}, or null when that is not known. */
    String version(String key, FileStamp stamp) {
        Known known = previous.get(key);
        if (known == null || !known.stamp().equals(text(stamp))) {
            return null;
        }
        current.put(key, known);
        return known.version();
    }

    /** Remembers the version of a file just read, unless it changed too recently to be sure. */
    void remember(String key, FileStamp stamp, String version) {
        if (file == null || key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0
                || stamp.modified().toInstant().isAfter(Instant.now().minus(SETTLED))) {
            return;
        }
        current.put(key, new Known(text(stamp), version));
    }

    /** Writes what this run saw (files of content no longer served are left out); written aside, then renamed. */
    synchronized void save() {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER + BuildStamp.current());
        current.forEach((key, known) -> lines.add(key + "\t" + known.stamp() + "\t" + known.version()));
        lines.add("end " + (lines.size() - 1));
        Path aside = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(aside, lines, StandardCharsets.UTF_8);
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("{} cannot be written ({}); the next start reads every article file once", file, e.toString());
        }
    }

    /** A SHA-256 in lower-case hex; by hand: a regular expression, still interpreted at start-up, cost as much as reading the file */
    private static boolean isVersion(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Where a file lies and everything its version depends on besides its bytes. */
    static String key(String defaultLocale, Path root, Path file) {
        return defaultLocale + "|" + root + "|" + root.relativize(file);
    }

    private static String text(FileStamp stamp) {
        return stamp.fileKey() + "|" + stamp.modified() + "|" + stamp.size();
    }
}
