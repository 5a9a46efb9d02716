package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The app as the insights tests run it, a reader's browser, and a look at what was recorded. */
final class InsightsTestApps {
    static final String TOKEN = "test-admin-token-0123456789";
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";
    static final List<String> TABLES = List.of("insight_search", "insight_click", "insight_view_daily",
            "insight_contact_daily", "insight_deflection");

    private InsightsTestApps() {
    }

    private static final Map<String, String> FLAGS = Map.of("contact-min-fill-seconds", "0", "trust-proxy", "true");

    /** The fixture site with an admin token, no minimum fill time, and visitors told apart by X-Forwarded-For. */
    static RunningApp start(Path temp, MutableClock clock, Map<String, String> env) {
        return RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content")), temp.resolve("data"),
                FLAGS, withToken(env), clock);
    }

    /** The same app as {@link #start}, as an extension that makes and removes its own folder. */
    static AppUnderTest site(MutableClock clock, Map<String, String> env) {
        return AppUnderTest.fixture("fixture-site").withFlags(FLAGS).withEnv(withToken(env)).withClock(clock);
    }

    private static Map<String, String> withToken(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of("HELPCENTER_ADMIN_TOKEN", TOKEN));
        all.putAll(env);
        return all;
    }

    /** GET as a person in a browser would. */
    static HttpResponse<String> read(RunningApp app, String path) {
        return app.get(path, Map.of("User-Agent", BROWSER));
    }

    /** Waits until everything recorded so far is in the database. */
    static void flush(RunningApp app) {
        try {
            if (!app.app().insights().flush(Duration.ofSeconds(20))) {
                throw new AssertionError("insights were not written within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The report for the last {@code days} days, after flushing. */
    static Report report(RunningApp app, int days, String locale) throws SQLException {
        flush(app);
        InsightsModule insights = app.app().insights();
        return insights.reader().read(Period.lastDays(days, Optional.ofNullable(locale), insights.clock().instant(),
                ZoneOffset.UTC), 50);
    }

    /** Every row of a table, each as "column=value" pairs. */
    static List<Map<String, String>> rows(RunningApp app, String table) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection connection = app.app().insights().database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static MutableClock clock() {
        return MutableClock.fixed();
    }
}
