package com.okpay.helpcenter.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.okpay.helpcenter.contact.RateLimit;
import com.okpay.helpcenter.testing.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final MutableClock clock = MutableClock.fixed();

    @Test
    void theRateLimitSlidesPerVisitorAndGivesBackASlotWhenSavingFailed() {
        RateLimiter limiter = new RateLimiter(Optional.of(new RateLimit(2, Duration.ofMinutes(10))), clock);
        assertEquals(Optional.empty(), limiter.acquire("a"));
        clock.advance(Duration.ofMinutes(4));
        assertEquals(Optional.empty(), limiter.acquire("a"));
        assertEquals(Optional.of(Duration.ofMinutes(6)), limiter.acquire("a"));
        assertEquals(Optional.empty(), limiter.acquire("b"));
        limiter.refund("a");
        assertEquals(Optional.empty(), limiter.acquire("a"));
        clock.advance(Duration.ofMinutes(6));
        assertEquals(Optional.empty(), limiter.acquire("a"));
        RateLimiter off = new RateLimiter(Optional.empty(), clock);
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), off.acquire("a"));
        }
    }
}
