package com.okpay.helpcenter.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The figures {@code /metrics} shows, in Prometheus text format. Features do not know Micrometer:
 * they keep plain counters and the composition root binds them here. Meters used per request are
 * resolved once ({@link RequestMetrics}, {@link #searchTimer}).
 */
public final class Metrics implements AutoCloseable {
    /** Latency buckets (seconds) for requests and searches: few, so a scrape stays small. */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RequestMetrics requests = new RequestMetrics(registry);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public RequestMetrics requests() {
        return requests;
    }

    /** @param kind {@code page} (the results page) or {@code instant} (suggestions while typing) */
    public Timer searchTimer(String kind) {
        return Timer.builder("helpcenter.search").description("search latency").tag("kind", kind)
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    /** A figure read at scrape time, e.g. the outbox's pending count. */
    public void gauge(String name, String description, DoubleSupplier value) {
        Gauge.builder(name, value, DoubleSupplier::getAsDouble).description(description).strongReference(true)
                .register(registry);
    }

    /** A total kept elsewhere (an AtomicLong in a feature), read at scrape time. */
    public <T> void counter(String name, String description, T holder, ToDoubleFunction<T> total) {
        FunctionCounter.builder(name, holder, total).description(description).register(registry);
    }

    /** Content reloads: each one's duration, and the failed ones. */
    public void reloaded(long millis, boolean failed) {
        Timer.builder("helpcenter.content.reload").description("content reloads and their duration")
                .register(registry).record(Duration.ofMillis(millis));
        if (failed) {
            Counter.builder("helpcenter.content.reload.errors").description("content reloads that failed")
                    .register(registry).increment();
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
