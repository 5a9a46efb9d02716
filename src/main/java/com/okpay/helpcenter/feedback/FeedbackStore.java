package com.okpay.helpcenter.feedback;

import com.okpay.helpcenter.db.Database;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The article_feedback table (migration V2). One row per article and visitor; the database's
 * primary key, not a read-then-write, is what allows only one vote each.
 */
final class FeedbackStore {
    private final Database database;

    FeedbackStore(Database database) {
        this.database = database;
    }

    /** False when this visitor had already voted on this article (the first vote stays). */
    boolean vote(String article, String visitor, boolean helpful, Instant at) throws SQLException {
        return changesOneRow("INSERT INTO article_feedback (article, visitor, helpful, created_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (article, visitor) DO NOTHING", article, visitor, helpful ? 1 : 0, at.toEpochMilli());
    }

    /** Adds the comment to this visitor's "not helpful" vote; false when there is none without one. */
    boolean comment(String article, String visitor, String comment, Instant at) throws SQLException {
        return changesOneRow("UPDATE article_feedback SET comment = ?, commented_at = ? "
                + "WHERE article = ? AND visitor = ? AND helpful = 0 AND comment IS NULL",
                comment, at.toEpochMilli(), article, visitor);
    }

    private boolean changesOneRow(String sql, Object... values) throws SQLException {
        return database.transaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate() == 1;
            }
        });
    }
}
