package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.DenseRetriever;
import com.okpay.helpcenter.search.SearchIndexer;
import com.okpay.helpcenter.semantic.SemanticSearch;

/**
 * Builds everything requests read from one content snapshot. Used at start-up and by every
 * reload, so both produce the same kind of snapshot. The search index is built before the
 * snapshot exists, so a reload swaps in content and index together; the snapshot's vectors
 * follow in the background.
 */
public final class SnapshotBuilder {
    private final SearchIndexer indexer = new SearchIndexer();
    private final SemanticSearch semantic;

    public SnapshotBuilder() {
        this(null);
    }

    /** @param semantic null for lexical search only ({@code --semantic false}) */
    public SnapshotBuilder(SemanticSearch semantic) {
        this.semantic = semantic;
    }

    public SiteSnapshot build(Content content) {
        DenseRetriever vectors = semantic == null ? DenseRetriever.NONE : semantic.index(content);
        return new SiteSnapshot(content, indexer.build(content), vectors);
    }
}
