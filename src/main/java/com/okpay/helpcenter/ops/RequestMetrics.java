package com.okpay.helpcenter.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Requests by route and status with a latency histogram. Cheap per request: a route's timers are
 * looked up by its path (a string the router keeps, hash cached) and an array index for the status;
 * a timer is built once, the first time a route answers with that status.
 */
public final class RequestMetrics {
    private static final int STATUSES = 600;
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Timer[]> byRoute = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param route the route pattern (never the raw path: that would be one series per URL) */
    public void record(String route, int status, long nanos) {
        Timer[] timers = byRoute.computeIfAbsent(route, r -> new Timer[STATUSES]);
        int index = status >= 0 && status < STATUSES ? status : 0;
        Timer timer = timers[index];
        if (timer == null) {
            timer = Timer.builder("helpcenter.http.requests").description("requests by route and status")
                    .tag("route", route).tag("status", Integer.toString(status))
                    .serviceLevelObjectives(Metrics.BUCKETS).register(registry);
            timers[index] = timer; // a race builds the same registered timer twice: harmless
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
