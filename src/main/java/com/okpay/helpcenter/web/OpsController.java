package com.okpay.helpcenter.web;

import com.okpay.helpcenter.ops.Health;
import com.okpay.helpcenter.ops.Metrics;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * For load balancers, container health checks and Prometheus: {@code /health} (alive),
 * {@code /health/ready} (can serve pages) and {@code /metrics} (only with its bearer token).
 */
final class OpsController {
    private static final String HEALTH_PREFIX = "{\"status\":\"ok\",\"articles\":";
    private final LiveSite site;
    private final Health health;
    private final Metrics metrics;
    private final Optional<byte[]> metricsAuthorization;

    OpsController(LiveSite site, Health health, Metrics metrics, Optional<String> metricsToken) {
        this.site = site;
        this.health = health;
        this.metrics = metrics;
        this.metricsAuthorization = metricsToken.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    /** Liveness: the process answers. Kept as cheap as a request can be. */
    void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(HEALTH_PREFIX + site.current().content().articleCount() + "}");
    }

    /**
     * Readiness: 503 only while pages cannot be served (content not loaded yet, or shutting down).
     * A database outage keeps readers' pages: it shows as {@code "database": "down"} with 200.
     */
    void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String database = health.databaseUp() ? "up" : "down";
        var snapshot = site.current();
        String reason = snapshot == null ? "content not loaded yet" : health.stopping() ? "shutting down" : null;
        if (reason != null) {
            ctx.status(503).contentType("application/json").result("{\"status\":\"unavailable\",\"reason\":\""
                    + reason + "\",\"database\":\"" + database + "\"}");
            return;
        }
        ctx.contentType("application/json").result("{\"status\":\"ready\",\"articles\":"
                + snapshot.content().articleCount() + ",\"database\":\"" + database + "\"}");
    }

    /** Prometheus text format, for the holder of HELPCENTER_METRICS_TOKEN; to everyone else it does not exist. */
    void metrics(Context ctx) {
        String given = ctx.header("Authorization");
        if (metricsAuthorization.isEmpty() || given == null
                || !MessageDigest.isEqual(metricsAuthorization.get(), given.getBytes(StandardCharsets.UTF_8))) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
