package com.okpay.helpcenter.web;

import io.javalin.http.Context;
import java.time.Duration;

/** How a refused request (429) says when to come back: to the browser in seconds, to the person in minutes. */
final class RetryAfter {
    private RetryAfter() {
    }

    /** Sets the Retry-After header and returns the wait in whole minutes, rounded up, at least one. */
    static long minutes(Context ctx, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        ctx.header("Retry-After", Long.toString(seconds));
        return (seconds + 59) / 60;
    }
}
