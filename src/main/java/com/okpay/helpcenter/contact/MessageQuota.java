package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.db.Vendor;
import com.okpay.helpcenter.security.Signer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contact form's rate limit: at most {@code count} messages per visitor address in any sliding
 * window. It is kept in the database and taken in the transaction that stores the message, so every
 * instance sharing the database counts the same messages, a restart forgets nothing, and a message
 * is counted if and only if it was stored. Addresses are kept only as keyed hashes, and only for
 * the length of the window.
 */
final class MessageQuota {
    /** Other visitors' expired rows are swept on every this-many messages. */
    private static final int SWEEP_EVERY = 100;

    private final Optional<RateLimit> limit;
    private final Signer signer;
    private final Vendor vendor;
    private final AtomicInteger taken = new AtomicInteger();

    MessageQuota(Optional<RateLimit> limit, Signer signer, Vendor vendor) {
        this.limit = limit;
        this.signer = signer;
        this.vendor = vendor;
    }

    /** What {@link Outbox#save} runs first, in its transaction, for one visitor's message. */
    @FunctionalInterface
    interface Slot {
        Slot FREE = (connection, now) -> Optional.empty();

        /** Empty when the message may be stored (and is now counted), else how long until it may. */
        Optional<Duration> take(Connection connection, Instant now) throws SQLException;
    }

    /** A keyed hash of the visitor's address, short enough for a log line: never the address itself. */
    String logName(String visitor) {
        return "visitor#" + signer.sign("contact-log", visitor).substring(0, 12);
    }

    Slot of(String visitor) {
        if (limit.isEmpty()) {
            return Slot.FREE;
        }
        String key = signer.sign("contact-rate", visitor);
        return (connection, now) -> take(connection, key, now, limit.get());
    }

    private Optional<Duration> take(Connection connection, String key, Instant now, RateLimit limit) throws SQLException {
        long horizon = now.minus(limit.window()).toEpochMilli();
        if (vendor == Vendor.POSTGRESQL) {
            // two instances taking the same visitor's last slot at once: one waits for the other's commit
            // (SQLite's BEGIN IMMEDIATE already lets one writer at a time in)
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, key.hashCode());
                lock.execute();
            }
        }
        boolean sweep = taken.incrementAndGet() % SWEEP_EVERY == 0;
        try (PreparedStatement delete = connection.prepareStatement(sweep ? "DELETE FROM contact_rate WHERE at <= ?"
                : "DELETE FROM contact_rate WHERE at <= ? AND visitor = ?")) {
            delete.setLong(1, horizon);
            if (!sweep) {
                delete.setString(2, key);
            }
            delete.executeUpdate();
        }
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*), MIN(at) FROM contact_rate WHERE visitor = ?")) {
            count.setString(1, key);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                if (row.getInt(1) >= limit.count()) {
                    Instant free = Instant.ofEpochMilli(row.getLong(2)).plus(limit.window());
                    return Optional.of(Duration.between(now, free));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_rate (visitor, at) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setLong(2, now.toEpochMilli());
            insert.executeUpdate();
        }
        return Optional.empty();
    }
}
