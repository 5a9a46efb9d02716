package com.okpay.helpcenter;

import com.okpay.helpcenter.contact.Backlog;
import com.okpay.helpcenter.contact.ContactDesk;
import com.okpay.helpcenter.ops.DatabaseProbe;
import java.time.Clock;
import java.time.Duration;

/**
 * The outbox figures for /metrics, read at scrape time: one query for both gauges (kept for a
 * second), none while the database is down (NaN then, so a scrape never waits for it).
 */
final class OutboxWatch {
    private final ContactDesk desk;
    private final DatabaseProbe probe;
    private final Clock clock;
    private Backlog last;
    private long readAt;

    OutboxWatch(ContactDesk desk, DatabaseProbe probe, Clock clock) {
        this.desk = desk;
        this.probe = probe;
        this.clock = clock;
    }

    double pending() {
        Backlog backlog = backlog();
        return backlog == null ? Double.NaN : backlog.pending();
    }

    double oldestAgeSeconds() {
        Backlog backlog = backlog();
        if (backlog == null) {
            return Double.NaN;
        }
        return backlog.oldest().map(t -> Duration.between(t, clock.instant()).toMillis() / 1000.0).orElse(0.0);
    }

    private synchronized Backlog backlog() {
        long now = System.nanoTime();
        if (last != null && now - readAt < 1_000_000_000L) {
            return last;
        }
        if (!probe.up()) {
            return null;
        }
        try {
            last = desk.backlog();
            readAt = now;
            return last;
        } catch (java.sql.SQLException e) {
            return null; // shown as NaN; the probe reports the outage
        }
    }
}
