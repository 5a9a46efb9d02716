package com.okpay.helpcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final Semaphore ran = new Semaphore(0);

    private Debouncer debouncer(Duration quiet, Duration maxDelay) {
        return new Debouncer(quiet, maxDelay, () -> {
            runs.incrementAndGet();
            ran.release();
        }, "test-debouncer");
    }

    @Test
    void aBurstOfSignalsRunsTheActionOnce() throws InterruptedException {
        try (Debouncer debouncer = debouncer(Duration.ofMillis(100), Duration.ofSeconds(10))) {
            for (int i = 0; i < 1000; i++) {
                debouncer.signal();
            }
            assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS));
            debouncer.signal();
            assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS));
            assertEquals(2, runs.get(), "the burst ran once, the later signal once more");
        }
    }

    @Test
    void aSteadyTrickleIsStillPublishedAtTheMaximumDelay() throws InterruptedException {
        try (Debouncer debouncer = debouncer(Duration.ofMillis(500), Duration.ofMillis(100))) {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            // a signal every 20 ms never leaves the 500 ms quiet period: only the cap makes it run
            while (!ran.tryAcquire(20, TimeUnit.MILLISECONDS) && System.nanoTime() < end) {
                debouncer.signal();
            }
            assertEquals(1, runs.get());
        }
    }
}
