package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.insights.Report.ArticleViews;
import com.okpay.helpcenter.insights.Report.DailyFigures;
import com.okpay.helpcenter.insights.Report.Deflection;
import com.okpay.helpcenter.insights.Report.QueryStats;
import com.okpay.helpcenter.insights.Report.TopicCount;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the figures of a {@link Report} from the insight tables (and the article feedback, in the main database). */
public final class ReportReader {
    /** A visitor who opened a suggestion and did not write within this long was helped by it. */
    static final Duration DEFLECTION_WINDOW = Duration.ofMinutes(30);
    private static final String CLICKED = "EXISTS (SELECT 1 FROM insight_click c WHERE c.search_id = s.id)";
    private static final String QUERY_STATS = "SELECT locale, query, COUNT(*) AS searches, "
            + "SUM(CASE WHEN results = 0 THEN 1 ELSE 0 END) AS zero, "
            + "SUM(CASE WHEN " + CLICKED + " THEN 1 ELSE 0 END) AS clicked, MAX(searched_at) AS last_seen "
            + "FROM insight_search s WHERE day BETWEEN ? AND ?";

    /** The example shown for a query: how it was typed the last time. */
    private static final String LATEST_PHRASING = "SELECT t.*, (SELECT phrasing FROM insight_search e "
            + "WHERE e.query = t.query AND e.locale = t.locale AND e.searched_at = t.last_seen LIMIT 1) AS example";

    private final Database database;
    private final FeedbackReader feedback;
    private final Clock clock;

    /**
     * @param database where insights are kept
     * @param main     the application's database, which holds the article feedback
     */
    ReportReader(Database database, Database main, Clock clock) {
        this.database = database;
        this.feedback = new FeedbackReader(main);
        this.clock = clock;
    }

    /** @param limit rows per table at most */
    public Report read(Period period, int limit) throws SQLException {
        List<TopicCount> topics = contactTopics(period);
        List<DailyFigures> daily = daily(period, topics);
        long requests = topics.stream().mapToLong(TopicCount::requests).sum();
        return new Report(period, topSearches(period, limit), zeroResults(period, limit), unclicked(period, limit),
                mostViewed(period, limit), feedback.leastHelpful(period, limit), daily,
                topics, deflection(period, requests));
    }

    List<QueryStats> topSearches(Period period, int limit) throws SQLException {
        return queryStats(period, "", "ORDER BY searches DESC, last_seen DESC", limit);
    }

    List<QueryStats> zeroResults(Period period, int limit) throws SQLException {
        return queryStats(period, " AND results = 0", "ORDER BY searches DESC, last_seen DESC", limit);
    }

    /** Queries with results after which nothing was opened: probably the wrong results. */
    List<QueryStats> unclicked(Period period, int limit) throws SQLException {
        return queryStats(period, " AND results > 0",
                "WHERE searches > clicked ORDER BY searches - clicked DESC, searches DESC, last_seen DESC", limit);
    }

    private List<QueryStats> queryStats(Period period, String condition, String order, int limit) throws SQLException {
        Sql grouped = days(QUERY_STATS, period).locale("locale", period).append(condition)
                .append(" GROUP BY locale, query");
        return new Sql(LATEST_PHRASING + " FROM (").append(grouped).append(") t " + order + " LIMIT ?", limit)
                .list(database, row -> new QueryStats(row.getString("locale"), row.getString("query"),
                        row.getString("example"), row.getLong("searches"), row.getLong("zero"), row.getLong("clicked"),
                        Instant.ofEpochMilli(row.getLong("last_seen"))));
    }

    List<ArticleViews> mostViewed(Period period, int limit) throws SQLException {
        return days("SELECT article, locale, SUM(views) AS views FROM insight_view_daily WHERE day BETWEEN ? AND ?", period)
                .locale("locale", period)
                .append(" GROUP BY article, locale ORDER BY views DESC, article LIMIT ?", limit)
                .list(database, row -> new ArticleViews(row.getString("article"), row.getString("locale"),
                        row.getLong("views")));
    }

    /** Every day of the period, days without anything included; contact requests summed from the topics. */
    List<DailyFigures> daily(Period period, List<TopicCount> topics) throws SQLException {
        Map<Long, long[]> searches = new HashMap<>();
        days("SELECT day, COUNT(*), SUM(CASE WHEN results = 0 THEN 1 ELSE 0 END) FROM insight_search "
                + "WHERE day BETWEEN ? AND ?", period).locale("locale", period).append(" GROUP BY day")
                .each(database, row -> searches.put(row.getLong(1), new long[] {row.getLong(2), row.getLong(3)}));
        Map<LocalDate, Long> requests = new HashMap<>();
        topics.forEach(t -> requests.merge(t.date(), t.requests(), Long::sum));
        List<DailyFigures> days = new ArrayList<>(period.days());
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            long[] found = searches.getOrDefault(day.toEpochDay(), new long[2]);
            days.add(new DailyFigures(day, found[0], found[1], requests.getOrDefault(day, 0L)));
        }
        return days;
    }

    List<TopicCount> contactTopics(Period period) throws SQLException {
        return days("SELECT day, topic, SUM(requests) FROM insight_contact_daily WHERE day BETWEEN ? AND ?", period)
                .locale("locale", period).append(" GROUP BY day, topic ORDER BY day, topic")
                .list(database, row -> new TopicCount(LocalDate.ofEpochDay(row.getLong(1)), row.getString(2),
                        row.getLong(3)));
    }

    /** Only visits that began more than 30 minutes ago can be told apart yet. */
    Deflection deflection(Period period, long contactRequests) throws SQLException {
        long settled = clock.instant().minus(DEFLECTION_WINDOW).toEpochMilli();
        long[] counts = days("SELECT COUNT(*), SUM(CASE WHEN submitted_at IS NULL OR submitted_at > opened_at + ? "
                + "THEN 1 ELSE 0 END) FROM insight_deflection WHERE day BETWEEN ? AND ?", DEFLECTION_WINDOW.toMillis(),
                period).locale("locale", period).append(" AND opened_at <= ?", settled)
                .list(database, row -> new long[] {row.getLong(1), row.getLong(2)}).get(0);
        return new Deflection(counts[0], counts[1], contactRequests);
    }

    private static Sql days(String select, Period period) {
        return new Sql(select, period.from().toEpochDay(), period.to().toEpochDay());
    }

    private static Sql days(String select, long first, Period period) {
        return new Sql(select, first, period.from().toEpochDay(), period.to().toEpochDay());
    }
}
