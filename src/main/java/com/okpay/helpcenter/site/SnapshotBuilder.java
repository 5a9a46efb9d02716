package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.search.SearchIndexer;

/**
 * Builds everything requests read from one content snapshot. Used at start-up and by every
 * reload, so both produce the same kind of snapshot. The search index is built before the
 * snapshot exists, so a reload swaps in content and index together.
 */
public final class SnapshotBuilder {
    private final SearchIndexer indexer = new SearchIndexer();

    public SiteSnapshot build(Content content) {
        return new SiteSnapshot(content, indexer.build(content));
    }
}
