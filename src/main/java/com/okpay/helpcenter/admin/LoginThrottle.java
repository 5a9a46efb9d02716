package com.okpay.helpcenter.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down token guessing: a few wrong tokens per address in a window, after which that address
 * is refused until the window has moved on, even with the right token. There is deliberately no
 * ceiling for all addresses together: it would let anyone lock every editor out. Guessing from
 * many addresses is answered by the token's length (16+ random characters); many wrong tokens
 * from many addresses are logged once per window so an operator can see it.
 */
final class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final int PER_ADDRESS = 5;
    /** Wrong tokens from all addresses in one window that are worth a warning in the log. */
    static final int WARN_OVERALL = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private Instant windowStart = Instant.MIN;
    private int wrongInWindow;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Empty if {@code address} may try now, else how long until it may. */
    synchronized Optional<Duration> wait(String address) {
        Instant now = clock.instant();
        Deque<Instant> mine = byAddress.get(address);
        if (mine == null) {
            return Optional.empty();
        }
        forgetOld(mine, now);
        if (mine.size() >= PER_ADDRESS) {
            return Optional.of(Duration.between(now, mine.peekFirst().plus(WINDOW)));
        }
        return Optional.empty();
    }

    synchronized void failed(String address) {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            wrongInWindow = 0;
        }
        if (++wrongInWindow == WARN_OVERALL) {
            log.warn("{} wrong admin tokens within {} minutes: someone may be guessing (each address is throttled; "
                    + "a long random HELPCENTER_ADMIN_TOKEN keeps guessing hopeless)", WARN_OVERALL, WINDOW.toMinutes());
        }
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
