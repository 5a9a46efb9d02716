package com.okpay.helpcenter.gitcontent;

import java.time.Instant;

/**
 * How the last sync went: when it ran, why (webhook, poll, peer, editor, retry), whether it failed
 * and with what message, and whether it brought a new commit.
 *
 * @param number counts syncs since start (0: none yet), so tests can wait for the next one
 */
public record SyncResult(long number, Instant at, String trigger, boolean failed, String message, boolean changed) {
    static final SyncResult NONE = new SyncResult(0, null, "", false, "", false);
}
