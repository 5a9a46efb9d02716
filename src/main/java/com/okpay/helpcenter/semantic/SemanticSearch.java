package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteLocale;
import com.okpay.helpcenter.db.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense retrieval for the whole application: the embedding models (loaded on first use, once), one
 * on-disk {@link VectorStore} per locale under {@code <cache>/vectors}, the {@link EmbeddingCache}
 * under {@code <cache>/embeddings}, and the background threads that embed. {@link #index(Content)}
 * returns at once; the snapshot's vectors follow when embedding is done, one snapshot at a time, in
 * order. A model that cannot be loaded is one log line, and that language's search stays lexical.
 */
public final class SemanticSearch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SemanticSearch.class);
    private static final int PROGRESS_EVERY = 2000;
    /**
     * Intra-op threads of each model session: every core for one text at a time. Two texts at once
     * on one thread each cost the same CPU per chunk (BENCHMARKS.md, "Semantic cost at corpus scale").
     */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private final AtomicBoolean embeddingStopped = new AtomicBoolean();
    /**
     * Held shared while a model loads (ONNX Runtime builds its session in native code);
     * {@link #stopEmbedding()} takes it exclusively and keeps it. A stop during a load crashed the
     * JVM as a stop during a run did (SIGSEGV, exit status 134), four stops in fourteen.
     */
    private final ReentrantReadWriteLock loads = new ReentrantReadWriteLock();
    private final Path cache;
    private final ExecutorService embedding;
    private final ExecutorService updates;
    private final Map<Boolean, Embedder> embedders = new ConcurrentHashMap<>();
    private final Map<Boolean, QueryVectors> queries = new HashMap<>();
    private final Map<String, VectorStore> stores = new HashMap<>();
    private final Map<Boolean, Boolean> unavailable = new HashMap<>();
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    private volatile SharedVectors shared = SharedVectors.NONE;

    public SemanticSearch(Path cache) {
        this(cache, false);
    }

    /**
     * @param held true: nothing is loaded or embedded until {@link #release()}. The server holds it
     *     until it is ready: on two cores, loading the models and embedding would take half the
     *     CPU the start-up needs, and search is lexical until the vectors are there anyway.
     */
    public SemanticSearch(Path cache, boolean held) {
        this.cache = cache;
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger threads = new AtomicInteger();
        this.embedding = Executors.newFixedThreadPool(cores, r -> daemon(r, "embedder-" + threads.incrementAndGet()));
        this.updates = Executors.newSingleThreadExecutor(r -> daemon(r, "semantic-index"));
        if (held) {
            // the first task of the one update thread: every snapshot queued behind it waits, in order
            updates.execute(() -> {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    // closed before it was released: nothing to embed any more
                    Thread.currentThread().interrupt();
                }
            });
        } else {
            released.countDown();
        }
    }

    /**
     * Shares vectors with every instance using {@code database} (several instances on one
     * PostgreSQL): each chunk is embedded by one of them only, and a new instance starts warm.
     * Takes effect for the vectors embedded after the next {@link #release()}.
     */
    public void shareVectorsThrough(Database database) {
        this.shared = new DatabaseVectors(database);
    }

    /** Lets the models load and the snapshots queued so far be embedded; a no-op when not held. */
    public void release() {
        released.countDown();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    }

    /** The vectors of a snapshot: not ready yet when this returns; embedding goes on in the background. */
    public SemanticIndex index(Content content) {
        SemanticIndex index = new SemanticIndex();
        updates.execute(() -> {
            try {
                index.complete(build(content));
            } catch (CancellationException e) {
                // closing: what was embedded is in the cache, and the next start goes on from there
                log.info("semantic search: stopped before the vectors were ready");
                index.fail(e);
            } catch (Throwable e) {
                log.error("semantic search off for this content: building the vectors failed ({}); search stays lexical", e.toString());
                index.fail(e);
            }
        });
        return index;
    }

    private Map<String, SemanticIndex.LocaleVectors> build(Content content) throws IOException {
        long start = System.nanoTime();
        Map<String, SemanticIndex.LocaleVectors> locales = new HashMap<>();
        int changed = 0;
        int embedded = 0;
        loadModels(content.site().locales().stream().map(l -> l.code().startsWith("zh")).collect(Collectors.toSet()));
        for (SiteLocale siteLocale : content.site().locales()) {
            String code = siteLocale.code();
            Embedder embedder = embedder(code.startsWith("zh"));
            if (embedder == null) {
                continue;
            }
            List<Article> articles = content.articles(code);
            VectorStore store = store(code, embedder);
            VectorStore.Update update = store.update(articles, done -> {
                if (done > 0 && done % PROGRESS_EVERY < 200) {
                    log.info("semantic search: embedded {} chunks of {} so far", done, code);
                }
            });
            changed += update.changed();
            embedded += update.embedded();
            locales.put(code, SemanticIndex.locale(embedder, queries.get(code.startsWith("zh")), store.reader(), articles));
        }
        log.info("semantic search ready: {} articles changed, {} chunks embedded, in {} ms", changed, embedded,
                (System.nanoTime() - start) / 1_000_000);
        return locales;
    }

    private VectorStore store(String code, Embedder embedder) throws IOException {
        VectorStore store = stores.get(code);
        if (store == null) {
            EmbeddingCache vectors = new EmbeddingCache(cache.resolve("embeddings"), embedder.model(), embedder.dimension());
            store = new VectorStore(cache.resolve("vectors").resolve(code + "-" + embedder.model()), embedder, vectors,
                    shared);
            stores.put(code, store);
        }
        return store;
    }

    private Embedder embedder(boolean chinese) {
        return embedders.get(chinese);
    }

    /**
     * Loads the models not loaded yet, side by side (about a second each on a busy machine: a
     * restart waits for them). One that cannot be loaded is one log line, and stays unloaded.
     */
    private void loadModels(Set<Boolean> wanted) {
        Map<Boolean, CompletableFuture<Embedder>> loading = new HashMap<>();
        for (boolean chinese : wanted) {
            if (!embedders.containsKey(chinese) && !unavailable.containsKey(chinese)) {
                loading.put(chinese, CompletableFuture.supplyAsync(() -> loadUnlessStopped(chinese), embedding));
            }
        }
        loading.forEach((chinese, future) -> {
            Embedder embedder = future.join();
            if (embedder == null) {
                unavailable.put(chinese, true);
            } else {
                queries.put(chinese, new QueryVectors(embedder));
            }
        });
        if (embeddingStopped.get()) {
            throw new CancellationException("the embedding models are stopped: the server is shutting down");
        }
    }

    /**
     * The model, or null if it cannot be loaded or the server is stopping. It is in
     * {@link #embedders} before the lock is let go, so {@link #stopEmbedding()} stops it.
     */
    private Embedder loadUnlessStopped(boolean chinese) {
        if (!loads.readLock().tryLock()) {
            return null;
        }
        try {
            if (embeddingStopped.get()) {
                return null;
            }
            Embedder embedder = load(chinese, cache.resolve("models"));
            if (embedder != null) {
                embedders.put(chinese, embedder);
            }
            return embedder;
        } finally {
            loads.readLock().unlock();
        }
    }

    private static Embedder load(boolean chinese, Path prepared) {
        try {
            long start = System.nanoTime();
            Embedder embedder = BgeEmbedder.load(chinese, THREADS, prepared);
            embedder.query("warm up");
            log.info("semantic search: loaded {} in {} ms", embedder.model(), (System.nanoTime() - start) / 1_000_000);
            return embedder;
        } catch (Throwable e) {
            // a missing or broken model, or onnxruntime's native library not loading here
            log.error("semantic search off for {} content: cannot load the embedding model ({}); search stays lexical",
                    chinese ? "Chinese" : "non-Chinese", e.toString());
            return null;
        }
    }

    /**
     * Lets the model runs in flight end and refuses every later one. On SIGTERM this runs before
     * the JVM's shutdown hooks ({@code ops/StopSignals}): ONNX Runtime's own hook releases its
     * native environment at once, and a run still inside it then crashed the JVM (SIGSEGV, exit
     * status 134), however early our own hook stopped the embedders.
     */
    public void stopEmbedding() {
        // once: the stop holds each model's lock for good, so a second caller (the shutdown hook
        // after the signal handler) would wait out its timeout for nothing
        if (!embeddingStopped.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!loads.writeLock().tryLock(10, TimeUnit.SECONDS)) {
                log.warn("semantic search: a model still loading at shutdown");
            }
            for (Embedder embedder : embedders.values()) {
                if (!embedder.stop(Duration.ofSeconds(10))) {
                    log.warn("semantic search: {} still running at shutdown", embedder.model());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops embedding. An update still running gets a few seconds to finish; if it does not, its
     * uncommitted work is simply lost (the next start redoes it), the index on disk stays consistent.
     */
    @Override
    public void close() {
        // first, so that no thread is in the native library when the JVM exits
        stopEmbedding();
        updates.shutdownNow();
        embedding.shutdownNow();
        try {
            // a model still loading is in the native library too
            if (!updates.awaitTermination(10, TimeUnit.SECONDS)
                    || !embedding.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("semantic search: embedding still running at shutdown; it resumes at the next start");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (VectorStore store : stores.values()) {
            try {
                store.close();
            } catch (IOException | RuntimeException e) {
                // a vector index that could not commit is rebuilt from the embedding cache at the next start
                log.warn("closing the vector index: {}", e.toString());
            }
        }
    }
}
