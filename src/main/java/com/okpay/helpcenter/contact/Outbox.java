package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.Vendor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contact messages and the mails still to send for them. A message and its mails are saved
 * in one transaction; senders claim due mails, send them, then record the outcome. On PostgreSQL
 * the claim skips rows another sender has locked, so two instances never take the same mail. Each
 * claim names its sender ({@code claimed_by}), which keeps it alive with a heartbeat and gives it
 * back when it stops.
 */
final class Outbox {
    private static final String INSERT_MESSAGE = "INSERT INTO contact_message (reference, created_at, locale, topic, "
            + "name, email, subject, message, transaction_date, amount, transaction_id, article, form_key) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_MAIL = "INSERT INTO contact_outbox (reference, kind, status, attempts, "
            + "next_attempt_at) VALUES (?, ?, 'pending', 0, ?)";
    private static final String DUE = "SELECT o.kind, o.attempts, m.* FROM contact_outbox o "
            + "JOIN contact_message m ON m.reference = o.reference "
            + "WHERE o.status IN ('pending', 'sending') AND o.next_attempt_at <= ? "
            + "ORDER BY o.next_attempt_at, o.reference LIMIT ?";
    private static final String CLAIM = "UPDATE contact_outbox SET status = 'sending', attempts = attempts + 1, "
            + "next_attempt_at = ?, claimed_by = ? WHERE reference = ? AND kind = ?";
    /** Every outcome only applies while the row is still this sender's claim. */
    private static final String OWNED = ", claimed_by = NULL WHERE reference = ? AND kind = ? AND status = 'sending' "
            + "AND attempts = ? AND claimed_by = ?";

    private final Database database;
    private final Clock clock;
    private final String dueQuery;
    /** This sender's name on its claims: new at every start, so a restarted app never mistakes old claims for live ones. */
    private final String owner = java.util.UUID.randomUUID().toString();

    Outbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        // SQLite has no row locks: its IMMEDIATE transactions serialize claims, and each app runs one sender
        this.dueQuery = database.vendor() == Vendor.POSTGRESQL ? DUE + " FOR UPDATE OF o SKIP LOCKED" : DUE;
    }

    /** Stores the message and its mails in one transaction; returns only once committed. */
    void save(ContactMessage message, List<MailKind> kinds) throws SQLException {
        save(message, kinds, MessageQuota.Slot.FREE);
    }

    /** The reference of the message already stored from this form, if any (see {@link #save}). */
    Optional<String> referenceOfForm(String formKey) throws SQLException {
        if (formKey == null) {
            return Optional.empty();
        }
        return database.transaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT reference FROM contact_message WHERE form_key = ?")) {
                find.setString(1, formKey);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Takes the sender's rate-limit slot and stores the message and its mails, all in one transaction.
     *
     * @param formKey identifies the form it came from (null: none); a second message with it is a duplicate key
     * @return empty once committed; otherwise how long until the sender may write again (nothing stored)
     */
    Optional<Duration> save(ContactMessage message, List<MailKind> kinds, MessageQuota.Slot slot) throws SQLException {
        return save(message, kinds, slot, null, (connection, reference) -> { });
    }

    /** Something stored with the message, in its transaction (its attachments). */
    @FunctionalInterface
    interface Extra {
        void store(java.sql.Connection connection, String reference) throws SQLException;
    }

    /** As {@link #save(ContactMessage, List, MessageQuota.Slot)}, storing {@code extra} in the same transaction. */
    Optional<Duration> save(ContactMessage message, List<MailKind> kinds, MessageQuota.Slot slot, String formKey,
                            Extra extra)
            throws SQLException {
        return database.transaction(connection -> {
            Optional<Duration> wait = slot.take(connection, message.createdAt());
            if (wait.isPresent()) {
                return wait;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_MESSAGE)) {
                insert.setString(1, message.reference());
                insert.setLong(2, message.createdAt().toEpochMilli());
                insert.setString(3, message.locale());
                insert.setString(4, message.topic());
                insert.setString(5, message.name());
                insert.setString(6, message.email());
                insert.setString(7, message.subject());
                insert.setString(8, message.message());
                setNullable(insert, 9, message.transactionDate());
                setNullable(insert, 10, message.amount());
                setNullable(insert, 11, message.transactionId());
                setNullable(insert, 12, message.article());
                setNullable(insert, 13, formKey);
                insert.executeUpdate();
            }
            extra.store(connection, message.reference());
            try (PreparedStatement insert = connection.prepareStatement(INSERT_MAIL)) {
                for (MailKind kind : kinds) {
                    insert.setString(1, message.reference());
                    insert.setString(2, kind.column());
                    insert.setLong(3, message.createdAt().toEpochMilli());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return Optional.<Duration>empty();
        });
    }

    /** Claims up to {@code limit} due mails for {@code lease}; after it they are due again. */
    List<Delivery> claim(int limit, Duration lease) throws SQLException {
        Instant now = clock.instant();
        return database.transaction(connection -> {
            List<Delivery> claimed = new ArrayList<>();
            try (PreparedStatement due = connection.prepareStatement(dueQuery)) {
                due.setLong(1, now.toEpochMilli());
                due.setInt(2, limit);
                try (ResultSet rows = due.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new Delivery(message(rows), MailKind.of(rows.getString("kind")),
                                rows.getInt("attempts") + 1));
                    }
                }
            }
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                for (Delivery delivery : claimed) {
                    claim.setLong(1, now.plus(lease).toEpochMilli());
                    claim.setString(2, owner);
                    claim.setString(3, delivery.message().reference());
                    claim.setString(4, delivery.kind().column());
                    claim.addBatch();
                }
                claim.executeBatch();
            }
            return claimed;
        });
    }

    /** Records that the mail server accepted the mail; false if the claim was lost meanwhile. */
    boolean markSent(Delivery delivery) throws SQLException {
        return update("UPDATE contact_outbox SET status = 'sent', sent_at = ?, last_error = NULL" + OWNED,
                delivery, clock.millis());
    }

    boolean retryAt(Delivery delivery, Instant next, String error) throws SQLException {
        return update("UPDATE contact_outbox SET status = 'pending', next_attempt_at = ?, last_error = ?" + OWNED,
                delivery, next.toEpochMilli(), error);
    }

    boolean fail(Delivery delivery, String error) throws SQLException {
        return update("UPDATE contact_outbox SET status = 'failed', last_error = ?" + OWNED, delivery, error);
    }

    /** Gives back a claim that was never tried, as if it had not been taken. */
    boolean release(Delivery delivery) throws SQLException {
        return update("UPDATE contact_outbox SET status = 'pending', attempts = attempts - 1, next_attempt_at = ?"
                + OWNED, delivery, clock.millis());
    }

    /** Mails not sent yet (pending or being sent) and when the oldest of their messages was written. */
    Backlog backlog() throws SQLException {
        return database.transaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), MIN(m.created_at) "
                    + "FROM contact_outbox o JOIN contact_message m ON m.reference = o.reference "
                    + "WHERE o.status IN ('pending', 'sending')");
                 ResultSet row = query.executeQuery()) {
                row.next();
                long oldest = row.getLong(2);
                return new Backlog(row.getLong(1), row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
            }
        });
    }

    /** The heartbeat: moves the lease of every claim this sender holds to {@code lease} from now. */
    int extendClaims(Duration lease) throws SQLException {
        return execute("UPDATE contact_outbox SET next_attempt_at = ? WHERE status = 'sending' AND claimed_by = ?",
                clock.instant().plus(lease).toEpochMilli(), owner);
    }

    /** On shutdown: every claim this sender still holds is due again at once, for another instance. */
    int releaseClaims() throws SQLException {
        return execute("UPDATE contact_outbox SET status = 'pending', next_attempt_at = ?, claimed_by = NULL "
                + "WHERE status = 'sending' AND claimed_by = ?", clock.millis(), owner);
    }

    /**
     * At the start of the only sender on a SQLite file: claims left by a sender that died are due at
     * once rather than when their lease runs out (no one else can be holding them).
     */
    int reclaimAbandoned() throws SQLException {
        return execute("UPDATE contact_outbox SET status = 'pending', next_attempt_at = ?, claimed_by = NULL "
                + "WHERE status = 'sending'", clock.millis());
    }

    Vendor vendor() {
        return database.vendor();
    }

    private int execute(String sql, Object... values) throws SQLException {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    private boolean update(String sql, Delivery delivery, Object... values) throws SQLException {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object value : values) {
                    update.setObject(i++, value);
                }
                update.setString(i++, delivery.message().reference());
                update.setString(i++, delivery.kind().column());
                update.setInt(i++, delivery.attempt());
                update.setString(i, owner);
                return update.executeUpdate() == 1;
            }
        });
    }

    private static ContactMessage message(ResultSet row) throws SQLException {
        return new ContactMessage(row.getString("reference"), Instant.ofEpochMilli(row.getLong("created_at")),
                row.getString("locale"), row.getString("topic"), row.getString("name"), row.getString("email"),
                row.getString("subject"), row.getString("message"), row.getString("transaction_date"),
                row.getString("amount"), row.getString("transaction_id"), row.getString("article"));
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static boolean isDuplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("23"))
                    || String.valueOf(sql.getMessage()).contains("SQLITE_CONSTRAINT_PRIMARYKEY"))) {
                return true;
            }
        }
        return false;
    }
}
