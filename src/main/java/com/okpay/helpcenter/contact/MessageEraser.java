package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes contact messages with their mails and attachments: those past the retention period
 * (but never one with a mail not yet sent), and every message of one customer who asks to be
 * forgotten (GDPR, PIPL).
 */
final class MessageEraser {
    /** What was erased: the references of the messages and how many attachments went with them. */
    record Erased(List<String> references, int attachments) {
        static final Erased NOTHING = new Erased(List.of(), 0);
    }

    private static final String OLD = "SELECT reference FROM contact_message m WHERE created_at < ? "
            + "AND NOT EXISTS (SELECT 1 FROM contact_outbox o WHERE o.reference = m.reference AND o.status <> 'sent') "
            + "ORDER BY created_at";
    private static final String OF_EMAIL = "SELECT reference FROM contact_message WHERE LOWER(email) = ? ORDER BY created_at";

    private final Database database;

    MessageEraser(Database database) {
        this.database = database;
    }

    /** Deletes the messages created before {@code cutoff} whose mails have all been sent. */
    Erased olderThan(Instant cutoff) throws SQLException {
        return erase(OLD, cutoff.toEpochMilli());
    }

    /** Deletes every message written with this address (compared without regard to case), sent or not. */
    Erased ofEmail(String email) throws SQLException {
        return erase(OF_EMAIL, email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private Erased erase(String select, Object parameter) throws SQLException {
        return database.transaction(connection -> {
            List<String> references = references(connection, select, parameter);
            if (references.isEmpty()) {
                return Erased.NOTHING;
            }
            int files = AttachmentStore.delete(connection, references);
            deleteEach(connection, "DELETE FROM contact_outbox WHERE reference = ?", references);
            deleteEach(connection, "DELETE FROM contact_message WHERE reference = ?", references);
            return new Erased(references, files);
        });
    }

    private static List<String> references(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            List<String> references = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
            return references;
        }
    }

    private static void deleteEach(Connection connection, String sql, List<String> references) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (String reference : references) {
                delete.setString(1, reference);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
