package com.okpay.helpcenter.gitcontent;

import java.time.Duration;

/**
 * What the editors' page shows about the repository: where the content comes from, the commit
 * served (the content version), the last sync and how pulls are triggered.
 *
 * @param poll null when polling is off
 */
public record GitContentStatus(String url, String branch, String dir, CommitInfo serving, SyncResult lastSync,
                               boolean webhook, Duration poll, boolean peers) {
}
