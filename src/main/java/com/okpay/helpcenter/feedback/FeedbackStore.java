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
        return database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO article_feedback (article, visitor, helpful, created_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (article, visitor) DO NOTHING")) {
                insert.setString(1, article);
                insert.setString(2, visitor);
                insert.setInt(3, helpful ? 1 : 0);
                insert.setLong(4, at.toEpochMilli());
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Adds the comment to this visitor's "not helpful" vote; false when there is none without one. */
    boolean comment(String article, String visitor, String comment, Instant at) throws SQLException {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE article_feedback SET comment = ?, commented_at = ? "
                            + "WHERE article = ? AND visitor = ? AND helpful = 0 AND comment IS NULL")) {
                update.setString(1, comment);
                update.setLong(2, at.toEpochMilli());
                update.setString(3, article);
                update.setString(4, visitor);
                return update.executeUpdate() == 1;
            }
        });
    }
}
