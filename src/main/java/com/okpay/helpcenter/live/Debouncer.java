package com.okpay.helpcenter.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a burst of signals into one run of an action on its own single thread: the action runs
 * once no signal came for the quiet period (a git checkout writing 500 files is one burst), but
 * never later than the maximum delay after the first signal, so a steady trickle still publishes.
 * Signals during a run lead to one more run afterwards; runs never overlap.
 */
final class Debouncer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Debouncer.class);

    private final long quietNanos;
    private final long maxDelayNanos;
    private final Runnable action;
    private final ScheduledExecutorService executor;
    private final Object lock = new Object();
    private long firstSignal;
    private long lastSignal;
    private boolean pending;

    Debouncer(Duration quiet, Duration maxDelay, Runnable action, String threadName) {
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.action = action;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    void signal() {
        synchronized (lock) {
            lastSignal = System.nanoTime();
            if (!pending) {
                pending = true;
                firstSignal = lastSignal;
                schedule(quietNanos);
            }
        }
    }

    private void tick() {
        synchronized (lock) {
            long due = Math.min(lastSignal + quietNanos, firstSignal + maxDelayNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                schedule(wait);
                return;
            }
            pending = false;
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            log.error("background action failed", e);
        }
    }

    private void schedule(long nanos) {
        try {
            executor.schedule(this::tick, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed: the app is stopping
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
