package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where insights are kept. On SQLite they get a file of their own next to the main one
 * ({@value #FILE}), so anonymous writes never hold the write lock or take the room the contact
 * outbox needs; rows an older version wrote into the main file are moved there at start. On
 * PostgreSQL (row locks, a server's disk) they stay in the main database. Either way
 * {@link EventStore#trim} keeps every table under its row cap.
 */
final class InsightsDatabase implements AutoCloseable {
    static final String FILE = "insights.db";
    static final List<String> TABLES = List.of("insight_search", "insight_click", "insight_view_daily",
            "insight_contact_daily", "insight_deflection");
    private static final Logger log = LoggerFactory.getLogger(InsightsDatabase.class);

    private final Database database;
    private final boolean own;
    private final boolean recording;

    private InsightsDatabase(Database database, boolean own, boolean recording) {
        this.database = database;
        this.own = own;
        this.recording = recording;
    }

    /**
     * The insights' database for this main database. A separate file that cannot be opened (a
     * broken file, a full disk) is logged and insights are then neither recorded nor shown
     * ({@link #recording} false): the site and its contact form go on without them.
     */
    static InsightsDatabase open(Database main) {
        Optional<Path> file = main.file().map(f -> f.resolveSibling(FILE));
        if (file.isEmpty()) {
            return new InsightsDatabase(main, false, true);
        }
        Database insights;
        try {
            insights = Database.open(new DatabaseSettings("jdbc:sqlite:" + file.get(), null, null),
                    "classpath:db/insights", "helpcenter-insights");
        } catch (ConfigException e) {
            log.error("insights are not recorded: {}", e.getMessage());
            return new InsightsDatabase(main, false, false);
        }
        moveOldRows(main, file.get());
        return new InsightsDatabase(insights, true, true);
    }

    /**
     * Moves insight rows an earlier version kept in the main file into the insights file. A
     * repeated move (after a crash between the two files' commits) inserts nothing twice. If it
     * fails the rows stay where they were, are tried again at the next start, and nothing else waits.
     */
    private static void moveOldRows(Database main, Path file) {
        try (Connection connection = main.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            if (!hasRows(statement)) {
                return;
            }
            try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS insights")) {
                attach.setString(1, file.toString());
                attach.execute();
            }
            int moved = 0;
            try {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    for (String table : TABLES) {
                        moved += statement.executeUpdate("INSERT OR IGNORE INTO insights." + table
                                + " SELECT * FROM main." + table);
                        statement.executeUpdate("DELETE FROM main." + table);
                    }
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            } finally {
                statement.execute("DETACH DATABASE insights");
            }
            log.info("moved {} insight rows from the main database into {}", moved, file);
        } catch (SQLException e) {
            log.warn("could not move older insight rows into {} (they stay in the main database and are "
                    + "tried again at the next start): {}", file, e.toString());
        }
    }

    private static boolean hasRows(Statement statement) throws SQLException {
        for (String table : TABLES) {
            try (ResultSet any = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                if (any.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    Database database() {
        return database;
    }

    /** False when the insights' own file could not be opened. */
    boolean recording() {
        return recording;
    }

    @Override
    public void close() {
        if (own) {
            database.close();
        }
    }
}
