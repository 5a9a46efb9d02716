package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.Settings;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes contact messages and their attachments once they are older than the retention period,
 * at start-up and then daily. A message with a mail not yet sent (pending, being sent, or given
 * up on and waiting for support to retry it) is kept until it is sent.
 */
public final class Retention implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    public static final int DEFAULT_DAYS = 90;

    private final MessageEraser eraser;
    private final Duration period;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "contact-retention");
        thread.setDaemon(true);
        return thread;
    });

    Retention(MessageEraser eraser, Duration period, Clock clock) {
        this.eraser = eraser;
        this.period = period;
        this.clock = clock;
    }

    static Duration period(Settings settings) {
        return Duration.ofDays(settings.integer("contact-retention-days", "HELPCENTER_CONTACT_RETENTION_DAYS",
                DEFAULT_DAYS, 1, 36500));
    }

    void start() {
        worker.scheduleWithFixedDelay(this::purgeAndLog, 0, 1, TimeUnit.DAYS);
    }

    /** Deletes what is past the period now; returns how many messages went. Tests call it directly. */
    public int purge() throws SQLException {
        MessageEraser.Erased erased = eraser.olderThan(clock.instant().minus(period));
        if (!erased.references().isEmpty()) {
            log.info("deleted {} contact messages and {} attachments older than {} days", erased.references().size(),
                    erased.attachments(), period.toDays());
        }
        return erased.references().size();
    }

    private void purgeAndLog() {
        try {
            purge();
        } catch (SQLException | RuntimeException e) {
            log.warn("could not delete old contact messages, will try again tomorrow: {}", e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
