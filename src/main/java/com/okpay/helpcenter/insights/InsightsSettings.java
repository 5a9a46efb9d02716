package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.config.Settings;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How insights are recorded and kept.
 *
 * @param recording  false turns recording off (the admin page still shows what was recorded)
 * @param retention  rows older than this are deleted
 * @param bufferSize events waiting for the writer; beyond it, events are dropped and counted
 * @param zone       where a day starts and ends, for daily figures
 */
public record InsightsSettings(boolean recording, Duration retention, int bufferSize, ZoneId zone) {

    public static final int DEFAULT_RETENTION_DAYS = 180;
    public static final int DEFAULT_BUFFER = 10_000;

    public static InsightsSettings from(Settings settings) {
        boolean recording = settings.bool("insights", "HELPCENTER_INSIGHTS", true);
        int days = settings.integer("insights-retention-days", "HELPCENTER_INSIGHTS_RETENTION_DAYS",
                DEFAULT_RETENTION_DAYS, 1, 3650);
        int buffer = settings.integer("insights-buffer", "HELPCENTER_INSIGHTS_BUFFER", DEFAULT_BUFFER, 1, 1_000_000);
        String zone = settings.string("insights-zone", "HELPCENTER_INSIGHTS_ZONE", "UTC");
        try {
            return new InsightsSettings(recording, Duration.ofDays(days), buffer, ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw settings.invalid("insights-zone", "HELPCENTER_INSIGHTS_ZONE", zone,
                    "a time zone such as UTC or Asia/Shanghai");
        }
    }
}
