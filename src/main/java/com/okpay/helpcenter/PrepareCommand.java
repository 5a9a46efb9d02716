package com.okpay.helpcenter;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.FileDates;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.ops.StopSignals;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.semantic.SemanticSearch;
import com.okpay.helpcenter.site.ContentCaches;
import com.okpay.helpcenter.site.SiteSnapshot;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code prepare}: derives from the content, into the cache folder, everything a server's first
 * start derives (the article cache, the search indexes and, unless {@code --semantic false}, the
 * vectors), then exits. Run where the content is deployed (an image build, a release step), it
 * takes the cold start out of the servers' start: each server started on that cache folder and
 * that content starts warm, and has its vectors at once (BENCHMARKS.md, "Start-up").
 */
final class PrepareCommand {
    /** Embedding a whole corpus for the first time takes tens of minutes on two cores. */
    private static final Duration EMBEDDING_LIMIT = Duration.ofHours(6);

    private final PrintStream out;

    PrepareCommand(PrintStream out) {
        this.out = out;
    }

    int run(Config config) throws InterruptedException {
        config.requireContentFolder();
        long start = System.nanoTime();
        SemanticSearch semantic = config.semantic() ? new SemanticSearch(config.cache()) : null;
        try (ContentCaches caches = ContentCaches.open(config.cache(), semantic)) {
            config.settings().rejectUnknownFlags();
            // Ctrl-C or a SIGTERM while a model loads or runs crashed the JVM (exit status 134), as it did a server's
            AtomicBoolean stopped = new AtomicBoolean();
            StopSignals.first(() -> {
                stopped.set(true);
                caches.stopEmbedding();
            });
            if (!caches.articles().kept()) {
                // a server falls back to memory here; what prepare derives would be thrown away
                throw new ConfigException("cannot prepare " + config.cache() + ": another process uses it or it cannot "
                        + "be written (stop the server running on it, or choose another folder with --cache-dir DIR)");
            }
            ContentLoader loader = new ContentLoader(new MarkdownRenderer(), config.drafts(), caches.articles(), FileDates.NONE);
            SiteSnapshot snapshot = App.firstSnapshot(loader, caches, config);
            String vectors = "";
            if (snapshot.semantic() instanceof SemanticIndex index) {
                vectors = index.await(EMBEDDING_LIMIT) ? " and their vectors"
                        : " (not their vectors: see the log; servers search lexically until they embed them)";
            }
            if (stopped.get()) {
                // the signal's handler ends the process (status 128 + the signal) once embedding has
                // stopped; a "prepared" line and a status of our own would race it
                new CountDownLatch(1).await();
            }
            out.printf("prepared %d articles%s in %.1f s into %s%n", snapshot.content().articleCount(), vectors,
                    (System.nanoTime() - start) / 1e9, config.cache());
            return 0;
        }
    }
}
