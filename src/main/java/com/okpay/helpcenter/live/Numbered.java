package com.okpay.helpcenter.live;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * The latest of a numbered series of results (reloads, syncs), which other threads read or wait
 * for: tests and benchmarks take the number before acting and wait for a later one, never sleep.
 */
public final class Numbered<T> {
    private final ToLongFunction<T> number;
    private T last;

    /** @param first the result before any (number 0) */
    public Numbered(T first, ToLongFunction<T> number) {
        this.last = first;
        this.number = number;
    }

    /** The number the next result gets. */
    public synchronized long next() {
        return number.applyAsLong(last) + 1;
    }

    public synchronized void record(T result) {
        last = result;
        notifyAll();
    }

    public synchronized T last() {
        return last;
    }

    /** Waits until a result numbered above {@code after} is recorded and returns it; null on timeout. */
    public synchronized T awaitAfter(long after, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (number.applyAsLong(last) <= after) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return last;
    }
}
