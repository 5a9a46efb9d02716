package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.Content;

/**
 * Builds everything requests read from one content snapshot. Used at start-up and by every
 * reload, so both produce the same kind of snapshot.
 */
public final class SnapshotBuilder {

    public SiteSnapshot build(Content content) {
        return new SiteSnapshot(content);
    }
}
