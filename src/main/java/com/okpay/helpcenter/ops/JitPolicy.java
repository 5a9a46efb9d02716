package com.okpay.helpcenter.ops;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps HotSpot's optimizing compiler (C2) off the code that only runs when content is read:
 * Markdown parsing and rendering, HTML sanitizing, YAML front matter, our content loading, and
 * database migrations. They run
 * once per content version, then idle until the next edit, so C2's code never pays back its cost.
 * At a cold start of 12 000 articles C2 spent about as much CPU compiling and recompiling them as
 * the loading itself took; the quick compiler (C1) runs that work nearly as fast (see BENCHMARKS.md,
 * "Cold start"). Code on the request path (Jetty, Lucene's search, the JDK) is left to C2.
 *
 * <p>smartcn's segmenter is kept off C2 too: it cuts only titles and headings at load and a
 * query's few words at search time, too little for C2 to pay back, yet its huge graph-building
 * method was the single most expensive C2 compilation of the cold start (about a tenth of C2's
 * time).
 *
 * <p>Installed through HotSpot's {@code compilerDirectivesAdd} diagnostic command, so no JVM flag
 * is needed; on a JVM without it nothing changes but the start-up time.
 */
public final class JitPolicy {
    private static final Logger log = LoggerFactory.getLogger(JitPolicy.class);
    static final String DIRECTIVES = """
            [ { match: ["com/vladsch/*.*", "org/jsoup/*.*", "org/yaml/*.*", "org/nibor/*.*", "org/flywaydb/*.*",
                        "com/okpay/helpcenter/content/*.*", "org/apache/lucene/analysis/cn/smart/*.*"],
                c2: { Exclude: true } } ]
            """;

    private JitPolicy() {
    }

    /**
     * Above this many Markdown files a start may have to read, C2's work on the content code is
     * worth keeping off; below it the directives would cost more than they save.
     */
    public static final int LARGE_SITE = 500;

    /**
     * Installs the directives on a thread of its own (the management server takes a few hundred
     * milliseconds to come up), so the start-up goes on meanwhile; only for a site large enough to
     * need them. Bringing up the management server for them took a tenth of a second of CPU (and
     * a few hundred classes) of a two-second start of the bundled content, where the content code
     * never runs long enough for C2 to touch it.
     *
     * @param content the content folder; one not there yet (a git clone to come) counts as large
     */
    public static void applyInBackground(Path content) {
        Thread thread = new Thread(() -> {
            if (large(content) && optimizing()) {
                apply();
            }
        }, "jit-policy");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether this JVM compiles with C2 at all (not with {@code -XX:TieredStopAtLevel=1}, say). */
    public static boolean optimizing() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot != null && Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) >= 4;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the folder holds at least {@link #LARGE_SITE} Markdown files, counted no further than that. */
    static boolean large(Path content) {
        if (!Files.isDirectory(content)) {
            return true;
        }
        long files = markdownFiles(content, LARGE_SITE);
        return files < 0 || files >= LARGE_SITE;
    }

    /** The Markdown files in a folder and below, counted no further than {@code limit}; -1 when it cannot be read. */
    public static long markdownFiles(Path folder, int limit) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md")).limit(limit).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    static boolean apply() {
        Path file = null;
        try {
            file = Files.createTempFile("helpcenter-jit", ".json");
            Files.writeString(file, DIRECTIVES);
            Object added = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            log.debug("compiler directives: {}", String.valueOf(added).strip());
            return String.valueOf(added).contains("1 compiler directives added");
        } catch (JMException | java.io.IOException | RuntimeException e) {
            log.debug("compiler directives not installed: {}", e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    // a few bytes in the temporary folder
                }
            }
        }
    }
}
