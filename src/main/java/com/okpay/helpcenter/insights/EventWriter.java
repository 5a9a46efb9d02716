package com.okpay.helpcenter.insights;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes events: gathers what the buffer holds for up to a second, writes
 * it in one transaction (one commit for many events costs far less than one each), and between batches deletes rows past the retention period (at start and
 * daily), keeps each table under its row cap (at start and after every tenth of the cap, at
 * most 10 000 events, written) and forgets contact-form tokens that no longer matter. A batch the database refuses is
 * tried again a few times, then given up and counted as lost; meanwhile the buffer fills and
 * drops, and requests never notice.
 */
final class EventWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventWriter.class);
    private static final int BATCH = 1000;
    private static final long POLL_MILLIS = 250;
    private static final long LINGER = TimeUnit.SECONDS.toNanos(1);
    private static final long LINGER_STEP = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int TRIES = 3;
    private static final long PURGE_EVERY = TimeUnit.DAYS.toNanos(1);
    private static final long FORGET_EVERY = TimeUnit.MINUTES.toNanos(10);
    private static final long DROP_WARNING_EVERY = TimeUnit.MINUTES.toNanos(1);
    /** A contact-form token is needed for 30 minutes after an article is opened; kept twice as long. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final EventBuffer buffer;
    private final EventStore store;
    private final Duration retention;
    private final int maxRows;
    private final long trimEvery;
    private final Clock clock;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final Object progress = new Object();
    private final Thread thread = new Thread(this::run, "insights-writer");
    private volatile boolean stopping;
    private volatile boolean flushing;
    private long nextPurge;
    private long nextForget;
    private long nextDropWarning;
    private long droppedWarned;
    /** Events written since the tables were last trimmed; starts high so the first pass trims. */
    private long untrimmed = Long.MAX_VALUE / 2;

    EventWriter(EventBuffer buffer, EventStore store, Duration retention, int maxRows, Clock clock) {
        this.buffer = buffer;
        this.store = store;
        this.retention = retention;
        this.maxRows = maxRows;
        this.trimEvery = Math.max(1, Math.min(maxRows / 10, 10_000));
        this.clock = clock;
        thread.setDaemon(true);
    }

    void start() {
        long now = System.nanoTime();
        nextPurge = now;
        nextForget = now;
        thread.start();
    }

    private void run() {
        List<InsightEvent> batch = new ArrayList<>(BATCH);
        while (!stopping || !buffer.isEmpty()) {
            maintain();
            try {
                if (buffer.take(batch, BATCH, POLL_MILLIS) > 0) {
                    linger(batch);
                }
            } catch (InterruptedException e) {
                stopping = true;
            }
            if (!batch.isEmpty()) {
                write(batch);
                batch.clear();
            }
        }
    }

    /** Gathers more events for a while after the first, unless the batch is full or someone waits for it. */
    private void linger(List<InsightEvent> batch) {
        long until = System.nanoTime() + LINGER;
        while (batch.size() < BATCH && !stopping && !flushing) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            LockSupport.parkNanos(this, Math.min(left, LINGER_STEP));
            buffer.drainTo(batch, BATCH - batch.size());
        }
        flushing = false;
    }

    private void write(List<InsightEvent> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.write(batch);
                written.addAndGet(batch.size());
                untrimmed += batch.size();
                trimIfDue();
                break;
            } catch (SQLException | RuntimeException e) {
                if (attempt == TRIES || stopping) {
                    lost.addAndGet(batch.size());
                    log.error("could not record {} insight events, they are lost: {}", batch.size(), e.toString());
                    break;
                }
                log.warn("could not record insight events (attempt {}), trying again: {}", attempt, e.toString());
                pause(attempt * 1000L);
            }
        }
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private void maintain() {
        long now = System.nanoTime();
        try {
            if (now - nextPurge >= 0) {
                nextPurge = now + PURGE_EVERY;
                int deleted = store.purge(clock.instant().minus(retention));
                if (deleted > 0) {
                    log.info("deleted {} insight rows older than {} days", deleted, retention.toDays());
                }
            }
            trimIfDue();
            if (now - nextForget >= 0) {
                nextForget = now + FORGET_EVERY;
                store.forgetTokens(clock.instant().minus(TOKEN_LIFETIME));
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("insights clean-up failed, will try again: {}", e.toString());
        }
        long dropped = buffer.dropped();
        if (dropped > droppedWarned && now - nextDropWarning >= 0) {
            nextDropWarning = now + DROP_WARNING_EVERY;
            log.warn("insights buffer full: {} events dropped since start (the database is slow or down)", dropped);
            droppedWarned = dropped;
        }
    }

    /** Deletes the oldest rows beyond the cap, once enough has been written since the last time. */
    private void trimIfDue() {
        if (untrimmed < trimEvery) {
            return;
        }
        untrimmed = 0; // a failed trim is tried again after as many events, not on every pass
        try {
            int deleted = store.trim(maxRows);
            if (deleted > 0) {
                log.info("deleted the {} oldest insight rows: more than {} rows in a table (--insights-max-rows)",
                        deleted, maxRows);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("insights clean-up failed, will try again: {}", e.toString());
        }
    }

    /**
     * Waits until every event buffered before this call is written (or given up). Tests call
     * this instead of sleeping.
     *
     * @return false if that took longer than {@code timeout}
     */
    boolean flush(Duration timeout) throws InterruptedException {
        long target = buffer.accepted();
        long deadline = System.nanoTime() + timeout.toNanos();
        flushing = true;
        LockSupport.unpark(thread);
        synchronized (progress) {
            while (written.get() + lost.get() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
        }
        return true;
    }

    long written() {
        return written.get();
    }

    long lost() {
        return lost.get();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is still buffered, for a few seconds at most, then stops. */
    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
