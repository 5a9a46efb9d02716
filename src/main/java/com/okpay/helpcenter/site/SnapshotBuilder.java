package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.DenseRetriever;
import com.okpay.helpcenter.search.SearchIndexer;
import com.okpay.helpcenter.semantic.SemanticSearch;
import java.nio.file.Path;

/**
 * Builds everything requests read from one content snapshot. Used at start-up and by every
 * reload, so both produce the same kind of snapshot. The search index is built before the
 * snapshot exists, so a reload swaps in content and index together; the snapshot's vectors
 * follow in the background.
 */
public final class SnapshotBuilder implements AutoCloseable {
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

    /** Lets work held until the server is ready (embedding, see {@link SemanticSearch#release()}) begin. */
    public void startBackground() {
        if (semantic != null) {
            semantic.release();
        }
    }

    /** Commits and closes the search indexes; only once nothing serves the snapshots any more. */
    @Override
    public void close() {
        if (semantic != null) {
            semantic.close();
        }
        indexer.close();
    }
}
