package com.okpay.helpcenter.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down token guessing: a few wrong tokens per address in a window, and a ceiling for all
 * addresses together (against guessing from many addresses). Once over either, every login is
 * refused until the window has moved on, even one with the right token.
 */
final class LoginThrottle {
    static final int PER_ADDRESS = 5;
    static final int OVERALL = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Empty if {@code address} may try now, else how long until it may. */
    synchronized Optional<Duration> wait(String address) {
        Instant now = clock.instant();
        forgetOld(all, now);
        Deque<Instant> mine = byAddress.getOrDefault(address, new ArrayDeque<>());
        forgetOld(mine, now);
        Instant until = null;
        if (mine.size() >= PER_ADDRESS) {
            until = mine.peekFirst().plus(WINDOW);
        }
        if (all.size() >= OVERALL) {
            Instant overall = all.peekFirst().plus(WINDOW);
            until = until == null || overall.isAfter(until) ? overall : until;
        }
        return Optional.ofNullable(until).map(u -> Duration.between(now, u));
    }

    synchronized void failed(String address) {
        Instant now = clock.instant();
        all.addLast(now);
        byAddress.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(now);
        if (byAddress.size() > SWEEP_ABOVE) {
            byAddress.values().forEach(times -> forgetOld(times, now));
            byAddress.values().removeIf(Deque::isEmpty);
        }
    }

    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    private static void forgetOld(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.pollFirst();
        }
    }
}
