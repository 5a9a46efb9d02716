package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.SearchIndexer;
import java.nio.file.Path;

/**
 * Builds everything requests read from one content snapshot. Used at start-up and by every
 * reload, so both produce the same kind of snapshot. The search index is built before the
 * snapshot exists, so a reload swaps in content and index together.
 */
public final class SnapshotBuilder implements AutoCloseable {
    private final SearchIndexer indexer;

    /** Search indexes in memory, rebuilt at every start. */
    public SnapshotBuilder() {
        this(null);
    }

    /** @param searchFolder where the search indexes are kept between runs, or null for memory only */
    public SnapshotBuilder(Path searchFolder) {
        this.indexer = new SearchIndexer(searchFolder);
    }

    public SiteSnapshot build(Content content) {
        return new SiteSnapshot(content, indexer.build(content));
    }

    /** Commits and closes the search indexes; only once nothing serves the snapshots any more. */
    @Override
    public void close() {
        indexer.close();
    }
}
