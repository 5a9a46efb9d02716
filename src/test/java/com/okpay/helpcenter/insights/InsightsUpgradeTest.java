package com.okpay.helpcenter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import com.okpay.helpcenter.insights.InsightEvent.Search;
import com.okpay.helpcenter.insights.InsightEvent.View;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that kept insights in its main SQLite file (before they got their own) keeps them after the upgrade. */
class InsightsUpgradeTest {
    @TempDir
    Path temp;
    final MutableClock clock = MutableClock.fixed();

    @Test
    void rowsInTheMainFileAreMovedIntoTheInsightsFileAtStart() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        DatabaseSettings main = new DatabaseSettings("jdbc:sqlite:" + data.resolve("helpcenter.db"), null, null);
        try (Database old = Database.open(main)) {
            new EventStore(old, ZoneOffset.UTC).write(List.of(
                    new Search(clock.instant(), "search-before-0001", "en", "chargeback", 0, SearchSource.PAGE),
                    new View(clock.instant(), "en", "en/account/locked")));
        }
        try (RunningApp app = InsightsTestApps.start(temp, clock, Map.of())) {
            assertEquals(1, InsightsTestApps.rows(app, "insight_search").size());
            assertEquals(1, InsightsTestApps.rows(app, "insight_view_daily").size());
            assertEquals(List.of("chargeback"), InsightsTestApps.report(app, 7, "en").zeroResults().stream()
                    .map(Report.QueryStats::query).toList());
            assertEquals(0, count(app.app().database(), "insight_search"), "gone from the main file");
        }
        try (RunningApp again = RunningApp.start(temp.resolve("content"), data, Map.of(), Map.of(), clock)) {
            assertEquals(1, InsightsTestApps.rows(again, "insight_search").size(), "moved once");
        }
    }

    private static long count(Database database, String table) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
