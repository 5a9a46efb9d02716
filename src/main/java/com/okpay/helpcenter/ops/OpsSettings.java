package com.okpay.helpcenter.ops;

import com.okpay.helpcenter.config.Settings;
import java.util.Locale;
import java.util.Optional;

/**
 * What an operator watches: who may read {@code /metrics} (a bearer token, environment only, or a
 * separate port that only the monitoring network reaches) and the optional access log.
 *
 * @param metricsToken   {@code HELPCENTER_METRICS_TOKEN}: {@code /metrics} on the site's port needs it
 * @param metricsPort    a port of its own serving only {@code /metrics}, without token
 * @param accessLog      one JSON line per request on the {@code access} logger
 * @param accessLogDetails also the visitor's address and the query string (off: never logged)
 */
public record OpsSettings(Optional<String> metricsToken, Optional<Integer> metricsPort, boolean accessLog,
                          boolean accessLogDetails) {
    static final int MIN_TOKEN_LENGTH = 16;

    public static OpsSettings from(Settings settings) {
        Optional<String> token = settings.token("HELPCENTER_METRICS_TOKEN", MIN_TOKEN_LENGTH);
        Optional<Integer> port = settings.find("metrics-port", "HELPCENTER_METRICS_PORT").isPresent()
                ? Optional.of(settings.integer("metrics-port", "HELPCENTER_METRICS_PORT", 0, 0, 65535)) : Optional.empty();
        String log = settings.string("access-log", "HELPCENTER_ACCESS_LOG", "off").toLowerCase(Locale.ROOT);
        if (!log.equals("off") && !log.equals("json")) {
            throw settings.invalid("access-log", "HELPCENTER_ACCESS_LOG", log, "off or json");
        }
        return new OpsSettings(token, port, log.equals("json"),
                settings.bool("access-log-details", "HELPCENTER_ACCESS_LOG_DETAILS", false));
    }
}
