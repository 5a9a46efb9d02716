package com.okpay.helpcenter.feedback;

import com.okpay.helpcenter.contact.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code count} actions per visitor address in any sliding window, in memory: a restart
 * forgets, and each instance counts its own visitors, which is fine for a brake on article feedback
 * (one vote per visitor anyway) and for how many insight events one visitor may add. Contact
 * messages use {@code MessageQuota}, shared through the database. Without a limit every request passes.
 */
public final class RateLimiter {
    private static final int SWEEP_ABOVE = 10_000;

    private final Optional<RateLimit> limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    public RateLimiter(Optional<RateLimit> limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Takes one slot for {@code visitor}; empty if granted, else how long until one frees up. */
    public synchronized Optional<Duration> acquire(String visitor) {
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(visitor, v -> new ArrayDeque<>());
        forgetOld(times, now);
        if (times.size() >= limit.get().count()) {
            return Optional.of(Duration.between(now, times.peekFirst().plus(limit.get().window())));
        }
        times.addLast(now);
        if (recent.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        return Optional.empty();
    }

    /** Gives a slot back when the message could not be saved: the visitor should try again. */
    public synchronized void refund(String visitor) {
        Deque<Instant> times = recent.get(visitor);
        if (times != null) {
            times.pollLast();
        }
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(limit.orElseThrow().window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.pollFirst();
        }
    }

    private void sweep(Instant now) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            forgetOld(times, now);
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }
}
