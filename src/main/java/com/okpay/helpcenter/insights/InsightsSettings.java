package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.contact.RateLimit;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How insights are recorded and kept.
 *
 * @param recording  false turns recording off (the admin page still shows what was recorded)
 * @param retention  rows older than this are deleted
 * @param bufferSize events waiting for the writer; beyond it, events are dropped and counted
 * @param zone       where a day starts and ends, for daily figures
 * @param perClient  at most this many events recorded per visitor address and window; beyond it
 *                   requests are still answered but not recorded (empty: no bound)
 * @param maxRows    at most this many rows per insight table; beyond it the oldest are deleted
 */
public record InsightsSettings(boolean recording, Duration retention, int bufferSize, ZoneId zone,
                               Optional<RateLimit> perClient, int maxRows) {
    public static final String DEFAULT_PER_CLIENT = "60/10m";

    public static final int DEFAULT_RETENTION_DAYS = 180;
    public static final int DEFAULT_BUFFER = 10_000;
    /** About 180 MB of searches in SQLite (measured): months of a busy help center's real traffic. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;

    public static InsightsSettings from(Settings settings) {
        boolean recording = settings.bool("insights", "HELPCENTER_INSIGHTS", true);
        int days = settings.integer("insights-retention-days", "HELPCENTER_INSIGHTS_RETENTION_DAYS",
                DEFAULT_RETENTION_DAYS, 1, 3650);
        int buffer = settings.integer("insights-buffer", "HELPCENTER_INSIGHTS_BUFFER", DEFAULT_BUFFER, 1, 1_000_000);
        String zone = settings.string("insights-zone", "HELPCENTER_INSIGHTS_ZONE", "UTC");
        String spec = settings.string("insights-rate-limit", "HELPCENTER_INSIGHTS_RATE_LIMIT", DEFAULT_PER_CLIENT);
        Optional<RateLimit> perClient = RateLimit.parse(spec).orElseThrow(() -> settings.invalid(
                "insights-rate-limit", "HELPCENTER_INSIGHTS_RATE_LIMIT", spec, "COUNT/WINDOW such as 60/10m, or off"));
        int maxRows = settings.integer("insights-max-rows", "HELPCENTER_INSIGHTS_MAX_ROWS", DEFAULT_MAX_ROWS,
                1, 1_000_000_000);
        try {
            return new InsightsSettings(recording, Duration.ofDays(days), buffer, ZoneId.of(zone), perClient, maxRows);
        } catch (DateTimeException e) {
            throw settings.invalid("insights-zone", "HELPCENTER_INSIGHTS_ZONE", zone,
                    "a time zone such as UTC or Asia/Shanghai");
        }
    }
}
