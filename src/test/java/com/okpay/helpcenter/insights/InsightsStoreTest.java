package com.okpay.helpcenter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.insights.InsightEvent.Click;
import com.okpay.helpcenter.insights.InsightEvent.ContactAfterSuggestion;
import com.okpay.helpcenter.insights.InsightEvent.ContactRequest;
import com.okpay.helpcenter.insights.InsightEvent.Search;
import com.okpay.helpcenter.insights.InsightEvent.SuggestionOpened;
import com.okpay.helpcenter.insights.InsightEvent.View;
import com.okpay.helpcenter.insights.Report.DailyFigures;
import com.okpay.helpcenter.insights.Report.QueryStats;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing and aggregating insights gives the same figures on both databases the app supports. */
class InsightsStoreTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    final MutableClock clock = MutableClock.fixed();
    final Instant now = clock.instant();
    final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

    private Report read(Database database, int days, String locale) throws SQLException {
        return new ReportReader(database, database, clock).read(Period.lastDays(days, Optional.ofNullable(locale), clock.instant(),
                ZoneOffset.UTC), 20);
    }

    private Search search(String id, String locale, String text, long results, Duration ago) {
        return new Search(now.minus(ago), id, locale, text, results, SearchSource.PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void searchesAreGroupedByNormalizedQueryWithClicksAndZeroResults(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            EventStore store = new EventStore(database, ZoneOffset.UTC);
            store.write(List.of(
                    search("search-000000001", "en", "Refund!", 3, Duration.ofHours(5)),
                    search("search-000000002", "en", "refund", 3, Duration.ofHours(4)),
                    search("search-000000003", "en", "ＲＥＦＵＮＤ", 3, Duration.ofHours(3)),
                    search("search-000000004", "en", "lost  card", 0, Duration.ofHours(2)),
                    search("search-000000005", "en", "Lost card?", 0, Duration.ofHours(1)),
                    search("search-000000006", "en", "fees", 5, Duration.ofHours(1)),
                    search("search-000000007", "zh-CN", "退款", 2, Duration.ofHours(1)),
                    new Click(now, "search-000000001", "en/payments/refund"),
                    new Click(now, "search-000000001", "en/payments/refund"),
                    new Click(now, "search-000000001", "en/payments/fees"),
                    new Click(now, "search-000000007", "zh-CN/payments/refund")));
            store.write(List.of(search("search-000000001", "en", "refund", 3, Duration.ZERO)));

            Report report = read(database, 7, "en");
            assertEquals(List.of(
                    new QueryStats("en", "refund", "ＲＥＦＵＮＤ", 3, 0, 1, now.minus(Duration.ofHours(3))),
                    new QueryStats("en", "lost card", "Lost card?", 2, 2, 0, now.minus(Duration.ofHours(1))),
                    new QueryStats("en", "fees", "fees", 1, 0, 0, now.minus(Duration.ofHours(1)))),
                    report.topSearches(), "a repeated search id counts once; two clicks of one search are one; "
                            + "the example is the latest phrasing");
            assertEquals(List.of("lost card"), report.zeroResults().stream().map(QueryStats::query).toList());
            assertEquals(List.of("refund", "fees"), report.unclicked().stream().map(QueryStats::query).toList());
            assertEquals(List.of(2L, 1L), report.unclicked().stream().map(QueryStats::unclicked).toList());
            assertEquals(7, read(database, 7, null).searches());
            assertEquals(List.of("退款"), read(database, 7, "zh-CN").topSearches().stream().map(QueryStats::query).toList());
            assertEquals(List.of(), read(database, 7, "zh-CN").unclicked());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void viewsAndContactRequestsAddUpPerDay(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            EventStore store = new EventStore(database, ZoneOffset.UTC);
            Instant yesterday = now.minus(Duration.ofDays(1));
            store.write(List.of(new View(now, "en", "en/a/b"), new View(now, "en", "en/a/b"), new View(yesterday, "en", "en/a/b"),
                    new View(now, "zh-CN", "zh-CN/a/b"), new ContactRequest(now, "en", "refund"),
                    new ContactRequest(yesterday, "zh-CN", "general")));
            store.write(List.of(new View(now, "en", "en/a/b"), new ContactRequest(now, "en", "refund"),
                    search("search-000000010", "en", "x", 0, Duration.ZERO)));
            Report report = read(database, 7, null);
            assertEquals(List.of(new Report.ArticleViews("en/a/b", "en", 4), new Report.ArticleViews("zh-CN/a/b", "zh-CN", 1)),
                    report.mostViewed());
            assertEquals(7, report.daily().size());
            assertEquals(new DailyFigures(today.minusDays(1), 0, 0, 1), report.daily().get(5));
            assertEquals(new DailyFigures(today, 1, 1, 2), report.daily().get(6));
            assertEquals(1.0, report.daily().get(6).zeroResultShare());
            assertEquals(List.of(new Report.TopicCount(today, "refund", 2)), read(database, 1, "en").contactTopics());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aSuggestionOpenedWithoutAMessageWithinHalfAnHourIsADeflection(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            EventStore store = new EventStore(database, ZoneOffset.UTC);
            Instant hourAgo = now.minus(Duration.ofHours(1));
            store.write(List.of(
                    new SuggestionOpened(hourAgo, "token-helped-0001", "en", "en/a/b"),
                    new SuggestionOpened(hourAgo.plusSeconds(60), "token-helped-0001", "en", "en/a/c"),
                    new SuggestionOpened(hourAgo, "token-wrote-00001", "en", "en/a/b"),
                    new ContactAfterSuggestion(hourAgo.plus(Duration.ofMinutes(10)), "token-wrote-00001"),
                    new SuggestionOpened(hourAgo, "token-later-00001", "zh-CN", "zh-CN/a/b"),
                    new ContactAfterSuggestion(hourAgo.plus(Duration.ofMinutes(40)), "token-later-00001"),
                    new SuggestionOpened(now.minus(Duration.ofMinutes(10)), "token-recent-0001", "en", "en/a/b"),
                    new ContactAfterSuggestion(now, "token-never-opened"),
                    new ContactRequest(now, "en", "general")));
            assertEquals(new Report.Deflection(3, 2, 1), read(database, 7, null).deflection());
            assertEquals(new Report.Deflection(2, 1, 1), read(database, 7, "en").deflection());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void rowsPastTheRetentionPeriodAreDeletedAndOldTokensForgotten(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            EventStore store = new EventStore(database, ZoneOffset.UTC);
            Instant old = now.minus(Duration.ofDays(200));
            store.write(List.of(search("search-old-000001", "en", "old", 1, Duration.ofDays(200)),
                    new Click(old, "search-old-000001", "en/a/b"), new View(old, "en", "en/a/b"),
                    new ContactRequest(old, "en", "general"), new SuggestionOpened(old, "token-old-000001", "en", "en/a/b"),
                    search("search-new-000001", "en", "new", 1, Duration.ofHours(2)),
                    new SuggestionOpened(now.minus(Duration.ofHours(2)), "token-new-000001", "en", "en/a/b"),
                    new SuggestionOpened(now.minus(Duration.ofMinutes(5)), "token-now-000001", "en", "en/a/b"),
                    new View(now, "en", "en/a/b")));
            assertEquals(5, store.purge(now.minus(Duration.ofDays(180))));
            store.forgetTokens(now.minus(EventWriter.TOKEN_LIFETIME));
            assertEquals("1", scalar(database, "SELECT COUNT(*) FROM insight_search"));
            assertEquals("0", scalar(database, "SELECT COUNT(*) FROM insight_click"));
            assertEquals("1", scalar(database, "SELECT COUNT(*) FROM insight_view_daily"));
            assertEquals("0", scalar(database, "SELECT COUNT(*) FROM insight_contact_daily"));
            assertNull(scalar(database, "SELECT token FROM insight_deflection WHERE opened_at < " + now.minus(Duration.ofHours(1)).toEpochMilli()));
            assertEquals("token-now-000001", scalar(database, "SELECT token FROM insight_deflection WHERE token IS NOT NULL"));
            assertEquals(new Report.Deflection(1, 1, 0), read(database, 30, null).deflection(), "a forgotten token still counts");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void beyondTheRowCapTheOldestRowsOfEachTableAreDropped(String vendor) throws SQLException {
        try (Database database = databases.open(vendor)) {
            EventStore store = new EventStore(database, ZoneOffset.UTC);
            for (int i = 10; i >= 1; i--) {
                store.write(List.of(search("search-capped-" + i, "en", "query " + i, 1, Duration.ofHours(i)),
                        new Click(now.minus(Duration.ofHours(i)), "search-capped-" + i, "en/a/b"),
                        new View(now.minus(Duration.ofDays(i)), "en", "en/a/b"),
                        new SuggestionOpened(now.minus(Duration.ofHours(i)), "token-capped-" + i, "en", "en/a/b")));
            }
            assertEquals(0, store.trim(10), "at the cap nothing goes");
            assertEquals(4 * 6, store.trim(4));
            assertEquals("4", scalar(database, "SELECT COUNT(*) FROM insight_search"));
            assertEquals("query 1", scalar(database, "SELECT query FROM insight_search ORDER BY searched_at DESC"));
            assertEquals("query 4", scalar(database, "SELECT query FROM insight_search ORDER BY searched_at"));
            assertEquals("4", scalar(database, "SELECT COUNT(*) FROM insight_click"));
            assertEquals("4", scalar(database, "SELECT COUNT(*) FROM insight_view_daily"));
            assertEquals("4", scalar(database, "SELECT COUNT(*) FROM insight_deflection"));
            assertEquals(4, read(database, 30, null).searches(), "the report counts what is left");
        }
    }

    private static String scalar(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
