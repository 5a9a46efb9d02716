package com.okpay.helpcenter;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.ops.JitPolicy;
import com.okpay.helpcenter.ops.LogSetup;
import com.okpay.helpcenter.site.ContentCaches;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start of a large site on a cache folder with nothing this build can reuse (empty, or
 * filled by an earlier version of the jar): the cache is filled by {@code prepare} in a JVM of its
 * own that compiles with the quick compiler (C1) only, and this server then starts on it as a
 * warm start.
 *
 * <p>Deriving 12 000 articles is a batch job of a dozen seconds. In the server's JVM, the profiling
 * the optimizing compiler (C2) needs and C2's own compiling take a third of the start's CPU, for
 * code that is fast only once the job is nearly done; with C1 alone the same work ends 3-6 s sooner
 * on two cores (BENCHMARKS.md, "Cold start at 12 000 articles: prepared apart").
 * C2 cannot be turned off for a while in a running JVM (a method kept from it stays on C1 for the
 * life of the process, and the search path needs C2), hence a second JVM. Anything unusual (a
 * small site, a cache this build filled, content from git, a JVM already on C1, a failed run) leaves
 * the work to this process, as before.
 */
final class ColdStart {
    private static final Logger log = LoggerFactory.getLogger(ColdStart.class);

    private final Supplier<List<String>> java;
    private final int largeSite;

    /**
     * @param java      the command that starts {@link Main} in a new JVM, options included (empty
     *                  when there is no point); asked only when a separate run is due
     * @param largeSite from how many Markdown files a separate run pays off
     */
    ColdStart(Supplier<List<String>> java, int largeSite) {
        this.java = java;
        this.largeSite = largeSite;
    }

    /** A separate run in a JVM like this one: the same java, class path, heap and class archive. */
    static ColdStart forThisJvm() {
        // the size from which C2's work on the content is worth keeping off is the size from which
        // a second JVM's own start costs less than C2's work
        return forThisJvm(JitPolicy.LARGE_SITE);
    }

    static ColdStart forThisJvm(int largeSite) {
        return new ColdStart(ColdStart::javaLikeThis, largeSite);
    }

    /** Nothing when this JVM compiles with C1 only already: a separate run would gain nothing. */
    private static List<String> javaLikeThis() {
        if (!JitPolicy.optimizing()) {
            return List.of();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (inherited(option)) {
                command.add(option);
            }
        }
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-D" + LogSetup.PREPARING_FOR_SERVER + "=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return command;
    }

    /**
     * Heap, class archive and system properties carry over; agents, debuggers, flight recordings
     * and remote management would clash with this JVM's (ports, files) or measure the wrong one.
     */
    static boolean inherited(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-XX:MaxRAM")
                || option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-Xshare:")
                || option.startsWith("-D") && !option.startsWith("-Dcom.sun.management");
    }

    /**
     * Starts a separate {@code prepare} run filling the cache folder when this start would derive a
     * large site from nothing (a first start, or the first of a new jar). The server's own load,
     * once the run is over, finds the work done, or does whatever is left (all of it if the run
     * failed).
     */
    Run begin(Config config) {
        if (ContentCaches.fromThisBuild(config.cache())
                || JitPolicy.markdownFiles(config.content(), largeSite) < largeSite) {
            return Run.NONE;
        }
        List<String> command = new ArrayList<>(java.get());
        if (command.isEmpty()) {
            return Run.NONE;
        }
        command.addAll(List.of("prepare", "--content", config.content().toString(), "--data", config.data().toString(),
                "--cache-dir", config.cache().toString(), "--drafts=" + config.drafts(), "--semantic", "false"));
        log.info("a large site ({}+ Markdown files) and nothing this build derived in {}: preparing it in a separate "
                + "run that compiles with C1 only", largeSite, config.cache());
        try {
            return new Run(new ProcessBuilder(command).inheritIO().start());
        } catch (IOException e) {
            log.warn("cannot start a separate prepare run ({}): this process derives the content itself", e.getMessage());
            return Run.NONE;
        }
    }

    /** {@link #begin}, then {@link Run#await}. */
    boolean prepare(Config config) {
        return begin(config).await();
    }

    /** A separate {@code prepare} run under way, or none; stopped with this JVM. */
    static final class Run {
        static final Run NONE = new Run(null);

        private final Process process;
        private final Thread stop;
        private final long started = System.nanoTime();

        private Run(Process process) {
            this.process = process;
            this.stop = process == null ? null : new Thread(process::destroy, "prepare-stop");
            if (stop != null) {
                Runtime.getRuntime().addShutdownHook(stop);
            }
        }

        boolean running() {
            return process != null && process.isAlive();
        }

        /** Waits for the run to end: whether it filled the cache. Interrupted, it stops the run. */
        boolean await() {
            if (process == null) {
                return false;
            }
            try {
                int status = process.waitFor();
                if (status != 0) {
                    log.warn("the separate prepare run ended with status {}: this process derives what it left", status);
                    return false;
                }
                log.info("cache prepared in {} ms by a separate run", (System.nanoTime() - started) / 1_000_000);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
                return false;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // shutting down already: the hook stops the run
                }
            }
        }

        /** Ends the run if it is still going (the start failed meanwhile). */
        void stop() {
            if (running()) {
                process.destroy();
                await();
            }
        }
    }
}
