package com.okpay.helpcenter.web;

import com.okpay.helpcenter.ops.OpsSettings;
import com.okpay.helpcenter.ops.RequestMetrics;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after every request: counts it by route and status with its latency, and writes the access
 * log line when asked. Per request it only reads the matched route (a string the router keeps) and
 * the status; the access log, off by default, never holds addresses or query text unless asked.
 */
final class RequestObserver {
    private static final Logger access = LoggerFactory.getLogger("access");
    private final RequestMetrics metrics;
    private final boolean accessLog;
    private final boolean details;
    private final VisitorRequest visitors;

    RequestObserver(RequestMetrics metrics, OpsSettings settings, VisitorRequest visitors) {
        this.metrics = metrics;
        this.accessLog = settings.accessLog() && access.isInfoEnabled();
        this.details = settings.accessLogDetails();
        this.visitors = visitors;
    }

    void observe(Context ctx, Float millis) {
        String route = route(ctx);
        int status = ctx.res().getStatus();
        long nanos = millis == null ? 0 : (long) (millis * 1_000_000f);
        metrics.record(route, status, nanos);
        if (accessLog) {
            access.info(line(ctx, route, status, millis == null ? 0f : millis));
        }
    }

    /** The route pattern, never the raw path: one series per route, whatever visitors type. */
    static String route(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/static/")) {
            return "/static/*";
        }
        try {
            // the route's own endpoint, not the after-handler that ran last
            Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
            if (endpoint != null && endpoint.method.isHttpMethod()) {
                return endpoint.path;
            }
        } catch (RuntimeException noEndpoint) {
            // nothing matched (a 404 page or a redirect from an alias)
        }
        return "unmatched";
    }

    private String line(Context ctx, String route, int status, float millis) {
        StringBuilder json = new StringBuilder(160).append("{\"method\":\"").append(ctx.method().name())
                .append("\",\"route\":");
        quote(json, route).append(",\"path\":");
        quote(json, ctx.path()).append(",\"status\":").append(status).append(",\"ms\":")
                .append(Math.round(millis * 10) / 10.0);
        if (details) {
            json.append(",\"address\":");
            quote(json, visitors.address(ctx)).append(",\"query\":");
            quote(json, ctx.queryString() == null ? "" : ctx.queryString());
        }
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
