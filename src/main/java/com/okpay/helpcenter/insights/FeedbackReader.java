package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.insights.Report.Helpfulness;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "was this helpful?" answers, read from the article feedback's own table: insights keep no
 * copy of the votes. Without that table (feedback not installed) there is nothing to show.
 */
final class FeedbackReader {
    static final String TABLE = "article_feedback";
    private static final int COMMENTS = 3;

    private final Database database;
    private volatile boolean available;

    FeedbackReader(Database database) {
        this.database = database;
    }

    boolean available() throws SQLException {
        if (!available) {
            try (Connection connection = database.dataSource().getConnection();
                 ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    available |= TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"));
                }
            }
        }
        return available;
    }

    /** Articles with at least one "no", the least helpful first, each with its latest comments. */
    List<Helpfulness> leastHelpful(Period period, int limit) throws SQLException {
        if (!available()) {
            return List.of();
        }
        Sql votes = new Sql("SELECT article, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM " + TABLE
                + " WHERE created_at >= ? AND created_at < ?", period.start().toEpochMilli(), period.end().toEpochMilli());
        period.locale().ifPresent(locale -> votes.append(" AND article LIKE ?", locale + "/%"));
        votes.append(" GROUP BY article");
        Map<String, long[]> found = new LinkedHashMap<>();
        new Sql("SELECT * FROM (").append(votes).append(") t WHERE no > 0 "
                        + "ORDER BY yes * 1.0 / (yes + no), no DESC, article LIMIT ?", limit)
                .each(database, row -> found.put(row.getString("article"), new long[] {row.getLong("yes"), row.getLong("no")}));
        Map<String, List<String>> comments = comments(period, found.keySet().stream().toList());
        List<Helpfulness> rows = new ArrayList<>();
        found.forEach((article, counts) -> rows.add(new Helpfulness(article, counts[0], counts[1],
                comments.getOrDefault(article, List.of()))));
        return rows;
    }

    private Map<String, List<String>> comments(Period period, List<String> articles) throws SQLException {
        Map<String, List<String>> comments = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return comments;
        }
        Sql sql = new Sql("SELECT article, comment FROM " + TABLE + " WHERE comment IS NOT NULL AND comment <> ''"
                + " AND created_at >= ? AND created_at < ? AND article IN (" + String.join(",",
                Collections.nCopies(articles.size(), "?")) + ")", period.start().toEpochMilli(), period.end().toEpochMilli());
        sql.parameters(articles).append(" ORDER BY COALESCE(commented_at, created_at) DESC").each(database, row -> {
            List<String> list = comments.computeIfAbsent(row.getString("article"), a -> new ArrayList<>());
            if (list.size() < COMMENTS) {
                list.add(row.getString("comment"));
            }
        });
        return comments;
    }
}
