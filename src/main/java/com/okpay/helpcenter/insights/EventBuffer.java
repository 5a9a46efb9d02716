package com.okpay.helpcenter.insights;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events between the request threads and the writer. Adding never waits: when the buffer is
 * full the event is dropped and counted, so a slow or stalled database can only cost figures,
 * never a visitor's time.
 */
final class EventBuffer {
    private final ArrayBlockingQueue<InsightEvent> queue;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    EventBuffer(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    void add(InsightEvent event) {
        if (queue.offer(event)) {
            accepted.incrementAndGet();
        } else {
            dropped.incrementAndGet();
        }
    }

    /** Waits up to {@code millis} for a first event, then takes what else is there, up to {@code max} in all. */
    int take(List<InsightEvent> into, int max, long millis) throws InterruptedException {
        InsightEvent first = queue.poll(millis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        into.add(first);
        return 1 + queue.drainTo(into, max - 1);
    }

    /** Takes what is there now, up to {@code max}, without waiting. */
    int drainTo(List<InsightEvent> into, int max) {
        return queue.drainTo(into, max);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    long accepted() {
        return accepted.get();
    }

    long dropped() {
        return dropped.get();
    }
}
