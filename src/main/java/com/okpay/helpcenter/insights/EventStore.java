package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of events in one transaction: searches and clicks as rows (a repeated id is
 * ignored, so a retried batch or a second beacon counts once), views and contact requests as
 * daily counters. The SQL runs unchanged on SQLite and PostgreSQL.
 */
final class EventStore {
    private static final String SEARCH = "INSERT INTO insight_search (id, searched_at, day, locale, query, phrasing, "
            + "results, source) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING";
    private static final String CLICK = "INSERT INTO insight_click (search_id, article, clicked_at) VALUES (?,?,?) "
            + "ON CONFLICT (search_id, article) DO NOTHING";
    private static final String VIEWS = "INSERT INTO insight_view_daily (day, locale, article, views) VALUES (?,?,?,?) "
            + "ON CONFLICT (day, locale, article) DO UPDATE SET views = insight_view_daily.views + excluded.views";
    private static final String CONTACTS = "INSERT INTO insight_contact_daily (day, locale, topic, requests) "
            + "VALUES (?,?,?,?) ON CONFLICT (day, locale, topic) "
            + "DO UPDATE SET requests = insight_contact_daily.requests + excluded.requests";
    private static final String OPENED = "INSERT INTO insight_deflection (token, opened_at, day, locale, article) "
            + "VALUES (?,?,?,?,?) ON CONFLICT (token) DO NOTHING";
    private static final String SUBMITTED = "UPDATE insight_deflection SET submitted_at = ? "
            + "WHERE token = ? AND submitted_at IS NULL";

    private final Database database;
    private final ZoneId zone;

    EventStore(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    void write(List<InsightEvent> events) throws SQLException {
        Sorted sorted = new Sorted(events);
        database.transaction(connection -> {
            batch(connection, SEARCH, sorted.searches, (insert, s) -> {
                insert.setString(1, s.id());
                insert.setLong(2, s.at().toEpochMilli());
                insert.setLong(3, day(s.at()));
                insert.setString(4, s.locale());
                insert.setString(5, SearchText.normalized(s.text()));
                insert.setString(6, SearchText.phrasing(s.text()));
                insert.setLong(7, Math.min(s.results(), Integer.MAX_VALUE));
                insert.setString(8, s.source().column());
            });
            batch(connection, CLICK, sorted.clicks, (insert, c) -> {
                insert.setString(1, c.searchId());
                insert.setString(2, c.article());
                insert.setLong(3, c.at().toEpochMilli());
            });
            batch(connection, VIEWS, new ArrayList<>(sorted.views.entrySet()), (upsert, e) -> counter(upsert, e));
            batch(connection, CONTACTS, new ArrayList<>(sorted.contacts.entrySet()), (upsert, e) -> counter(upsert, e));
            batch(connection, OPENED, sorted.opened, (insert, o) -> {
                insert.setString(1, o.token());
                insert.setLong(2, o.at().toEpochMilli());
                insert.setLong(3, day(o.at()));
                insert.setString(4, o.locale());
                insert.setString(5, o.article());
            });
            batch(connection, SUBMITTED, sorted.submitted, (update, s) -> {
                update.setLong(1, s.at().toEpochMilli());
                update.setString(2, s.token());
            });
            return null;
        });
    }

    /** Deletes every row older than {@code cutoff}; returns how many. */
    int purge(Instant cutoff) throws SQLException {
        long day = day(cutoff);
        return database.transaction(connection -> {
            int deleted = update(connection, "DELETE FROM insight_search WHERE day < ?", day);
            deleted += update(connection, "DELETE FROM insight_click WHERE clicked_at < ?", cutoff.toEpochMilli());
            deleted += update(connection, "DELETE FROM insight_view_daily WHERE day < ?", day);
            deleted += update(connection, "DELETE FROM insight_contact_daily WHERE day < ?", day);
            return deleted + update(connection, "DELETE FROM insight_deflection WHERE day < ?", day);
        });
    }

    /** Each table with the column that says how old a row is. */
    private static final Map<String, String> AGE = Map.of("insight_search", "searched_at", "insight_click", "clicked_at",
            "insight_view_daily", "day", "insight_contact_daily", "day", "insight_deflection", "opened_at");

    /**
     * Keeps at most {@code maxRows} rows in each table: the oldest beyond that are deleted (rows
     * as old as the newest one dropped go too, so a table may end a little under the cap).
     * Returns how many rows were deleted.
     */
    int trim(int maxRows) throws SQLException {
        int deleted = 0;
        for (String table : InsightsDatabase.TABLES) {
            String age = AGE.get(table);
            deleted += database.transaction(connection -> {
                Long cutoff = null;
                try (PreparedStatement newest = connection.prepareStatement(
                        "SELECT " + age + " FROM " + table + " ORDER BY " + age + " DESC LIMIT 1 OFFSET ?")) {
                    newest.setInt(1, maxRows);
                    try (java.sql.ResultSet row = newest.executeQuery()) {
                        if (row.next()) {
                            cutoff = row.getLong(1);
                        }
                    }
                }
                return cutoff == null ? 0 : update(connection, "DELETE FROM " + table + " WHERE " + age + " <= ?", cutoff);
            });
        }
        return deleted;
    }

    /** Forgets the contact-form tokens of visits that began before {@code before}. */
    void forgetTokens(Instant before) throws SQLException {
        database.transaction(connection -> update(connection,
                "UPDATE insight_deflection SET token = NULL WHERE token IS NOT NULL AND opened_at < ?",
                before.toEpochMilli()));
    }

    private long day(Instant at) {
        return LocalDate.ofInstant(at, zone).toEpochDay();
    }

    private static int update(Connection connection, String sql, long value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, value);
            return statement.executeUpdate();
        }
    }

    private static void counter(PreparedStatement upsert, Map.Entry<DayKey, Integer> counter) throws SQLException {
        upsert.setLong(1, counter.getKey().day());
        upsert.setString(2, counter.getKey().locale());
        upsert.setString(3, counter.getKey().name());
        upsert.setInt(4, counter.getValue());
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private static <T> void batch(Connection connection, String sql, List<T> items, Binder<T> binder)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** A daily counter's key: the day, the locale and what is counted (article or topic). */
    private record DayKey(long day, String locale, String name) {
    }

    /** A batch split by kind, with views and contact requests already summed per day. */
    private final class Sorted {
        final List<InsightEvent.Search> searches = new ArrayList<>();
        final List<InsightEvent.Click> clicks = new ArrayList<>();
        final Map<DayKey, Integer> views = new LinkedHashMap<>();
        final Map<DayKey, Integer> contacts = new LinkedHashMap<>();
        final List<InsightEvent.SuggestionOpened> opened = new ArrayList<>();
        final List<InsightEvent.ContactAfterSuggestion> submitted = new ArrayList<>();

        Sorted(List<InsightEvent> events) {
            for (InsightEvent event : events) {
                if (event instanceof InsightEvent.Search search) {
                    searches.add(search);
                } else if (event instanceof InsightEvent.Click click) {
                    clicks.add(click);
                } else if (event instanceof InsightEvent.View view) {
                    views.merge(new DayKey(day(view.at()), view.locale(), view.article()), 1, Integer::sum);
                } else if (event instanceof InsightEvent.ContactRequest request) {
                    contacts.merge(new DayKey(day(request.at()), request.locale(), request.topic()), 1, Integer::sum);
                } else if (event instanceof InsightEvent.SuggestionOpened open) {
                    opened.add(open);
                } else if (event instanceof InsightEvent.ContactAfterSuggestion sent) {
                    submitted.add(sent);
                }
            }
        }
    }
}
