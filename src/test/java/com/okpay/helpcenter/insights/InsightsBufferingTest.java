package com.okpay.helpcenter.insights;

import static com.okpay.helpcenter.insights.InsightsTestApps.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording never makes a reader wait, and under normal load it loses nothing. */
class InsightsBufferingTest {
    @TempDir
    Path temp;

    @Test
    void withTheWriterStalledRequestsStayFastAndTheOverflowIsDroppedAndCounted() throws Exception {
        try (RunningApp app = InsightsTestApps.start(temp, MutableClock.fixed(), Map.of("HELPCENTER_INSIGHTS_BUFFER", "20",
                // every request comes from one address here: the per-address cap is not what is tested
                "HELPCENTER_INSIGHTS_RATE_LIMIT", "off"))) {
            read(app, "/articles/account/locked");
            InsightsTestApps.flush(app);
            long slowest = 0;
            // another connection holds the insights file's write lock: the writer waits for it (busy timeout 10 s)
            try (Connection lock = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data/insights.db"));
                 Statement statement = lock.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                long lockedAt = System.nanoTime();
                // one event, and time for the writer to gather it (up to a second) and get stuck writing it
                read(app, "/articles/account/locked");
                Thread.sleep(2000);
                for (int i = 0; i < 150; i++) {
                    long start = System.nanoTime();
                    assertEquals(200, read(app, "/articles/account/locked").statusCode());
                    slowest = Math.max(slowest, System.nanoTime() - start);
                }
                assertTrue(System.nanoTime() - lockedAt < TimeUnit.MILLISECONDS.toNanos(9500),
                        "every request was answered while the database was still locked");
                InsightsModule.Status status = app.app().insights().status();
                assertTrue(status.dropped() >= 150 - 20 - 10, "dropped " + status.dropped());
                statement.execute("ROLLBACK");
            }
            assertTrue(slowest < TimeUnit.SECONDS.toNanos(2), "slowest request " + slowest / 1_000_000 + " ms");
            InsightsTestApps.flush(app);
            InsightsModule.Status after = app.app().insights().status();
            assertEquals(0, after.lost());
            assertEquals(152, after.written() + after.dropped(), "every event was either written or counted as dropped");
            long views = InsightsTestApps.report(app, 7, null).mostViewed().get(0).views();
            assertEquals(after.written(), views);
        }
    }

    @Test
    void underNormalLoadEveryEventIsWritten() throws Exception {
        try (RunningApp app = InsightsTestApps.start(temp, MutableClock.fixed(),
                Map.of("HELPCENTER_INSIGHTS_RATE_LIMIT", "off"))) {
            ExecutorService readers = Executors.newFixedThreadPool(4);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String path = i % 2 == 0 ? "/articles/account/locked" : "/en/articles/account/locked";
                answers.add(readers.submit(() -> read(app, path).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
            readers.shutdown();
            Report report = InsightsTestApps.report(app, 7, null);
            assertEquals(400, report.mostViewed().stream().mapToLong(Report.ArticleViews::views).sum());
            assertEquals(new InsightsModule.Status(true, 400, 0, 0), app.app().insights().status());
        }
    }

    @Test
    void whatIsBufferedAtShutdownIsStillWritten() throws Exception {
        try (RunningApp app = InsightsTestApps.start(temp, MutableClock.fixed(), Map.of())) {
            for (int i = 0; i < 50; i++) {
                read(app, "/articles/payments/refund");
            }
        }
        try (RunningApp again = InsightsTestApps.start(temp.resolve("again"), MutableClock.fixed(), Map.of("HELPCENTER_DB_URL",
                "jdbc:sqlite:" + temp.resolve("data/helpcenter.db")))) {
            assertEquals(50, InsightsTestApps.report(again, 7, null).mostViewed().get(0).views());
        }
    }
}
