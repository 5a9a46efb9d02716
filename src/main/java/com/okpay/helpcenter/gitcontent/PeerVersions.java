package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How instances behind one load balancer tell each other about a new commit: the one that pulled
 * it writes the commit into one row ({@code content_git_head}); every instance reads that row every
 * {@link #EVERY} (one indexed primary-key read) and pulls when it names a commit it does not serve.
 */
final class PeerVersions implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PeerVersions.class);
    static final Duration EVERY = Duration.ofSeconds(2);

    private final Database database;
    private final String source;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private volatile String lastSeen;
    private volatile boolean warned;

    PeerVersions(Database database, String source, Clock clock) {
        this.database = database;
        this.source = source;
        this.clock = clock;
        this.executor = ContentSync.daemon("content-git-peers");
    }

    /** @param serving the commit this instance serves; @param pull asks this instance for a pull */
    void start(Supplier<String> serving, Runnable pull) {
        executor.scheduleWithFixedDelay(() -> check(serving, pull), 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check(Supplier<String> serving, Runnable pull) {
        try {
            String published = read();
            if (published != null && !published.equals(lastSeen) && !published.equals(serving.get())) {
                log.info("another instance published commit {}; pulling", published.substring(0, Math.min(10, published.length())));
                pull.run();
            }
            lastSeen = published;
            warned = false;
        } catch (SQLException | RuntimeException e) {
            if (!warned) {
                // the webhook and polling still work; only the hint from other instances is missing
                log.warn("cannot read the published content version: {}", e.toString());
                warned = true;
            }
        }
    }

    String read() throws SQLException {
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT commit_hash FROM content_git_head WHERE source = ?")) {
                select.setString(1, source);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    void publish(String commit) {
        try {
            database.transaction(connection -> {
                if (update(connection, commit) == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO content_git_head (source, commit_hash, updated_at) VALUES (?, ?, ?)")) {
                        insert.setString(1, source);
                        insert.setString(2, commit);
                        insert.setLong(3, clock.millis());
                        insert.executeUpdate();
                    }
                }
                return null;
            });
            lastSeen = commit;
        } catch (SQLException e) {
            // two instances inserting at once: the other one's row is there now, so write over it
            try {
                database.transaction(connection -> update(connection, commit));
                lastSeen = commit;
            } catch (SQLException again) {
                log.warn("cannot tell the other instances about commit {}: {} (they find it by polling)", commit, again.toString());
            }
        }
    }

    private int update(Connection connection, String commit) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE content_git_head SET commit_hash = ?, updated_at = ? WHERE source = ?")) {
            update.setString(1, commit);
            update.setLong(2, clock.millis());
            update.setString(3, source);
            return update.executeUpdate();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
