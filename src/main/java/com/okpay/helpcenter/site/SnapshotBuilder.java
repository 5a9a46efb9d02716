package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.DenseRetriever;
import com.okpay.helpcenter.search.SearchIndexer;
import com.okpay.helpcenter.semantic.SemanticSearch;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds everything requests read from one content snapshot. Used at start-up and by every
 * reload, so both produce the same kind of snapshot. The search index is built before the
 * snapshot exists, so a reload swaps in content and index together; the snapshot's vectors
 * follow in the background.
 */
public final class SnapshotBuilder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SnapshotBuilder.class);
    private final SearchIndexer indexer;
    private final SemanticSearch semantic;

    /** Search indexes in memory, rebuilt at every start; no semantic search. */
    public SnapshotBuilder() {
        this(null);
    }

    /** @param searchFolder where the search indexes are kept between runs, or null for memory only */
    public SnapshotBuilder(Path searchFolder) {
        this(searchFolder, null);
    }

    /** @param semantic null for lexical search only ({@code --semantic false}); closed with this builder */
    public SnapshotBuilder(Path searchFolder, SemanticSearch semantic) {
        this.indexer = new SearchIndexer(searchFolder);
        this.semantic = semantic;
    }

    public SiteSnapshot build(Content content) {
        DenseRetriever vectors = semantic == null ? DenseRetriever.NONE : semantic.index(content);
        return new SiteSnapshot(content, indexer.build(content), vectors);
    }

    /** On a thread that waits for the content anyway: what the first Chinese article's indexing would load. */
    public void preload(Path content) {
        try {
            indexer.preload(content);
        } catch (RuntimeException e) {
            log.debug("preloading the analysis failed (indexing loads it): {}", e.toString());
        }
    }

    /**
     * Once the server is ready, in the background: loads what analysis needs that a start which
     * indexed nothing did not load (so the first edit or search does not wait for it), then lets
     * the embedding held until now begin ({@link SemanticSearch#release()}).
     */
    public void startBackground(Content content) {
        Thread warmUp = new Thread(() -> {
            try {
                indexer.warmUp(content);
            } catch (RuntimeException e) {
                // only a head start: the first search or edit loads what is missing
                log.warn("warming up the search analysis failed: {}", e.toString());
            }
            if (semantic != null) {
                semantic.release();
            }
        }, "analysis-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Commits and closes the search indexes; only once nothing serves the snapshots any more. */
    @Override
    public void close() {
        if (semantic != null) {
            semantic.close();
        }
        indexer.close();
    }

    /** See {@link SemanticSearch#stopEmbedding()}; nothing without semantic search. */
    public void stopEmbedding() {
        if (semantic != null) {
            semantic.stopEmbedding();
        }
    }
}
