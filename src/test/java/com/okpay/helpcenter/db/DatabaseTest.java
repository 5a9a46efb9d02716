package com.okpay.helpcenter.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path data;

    @Test
    void defaultIsASqliteFileInTheDataFolderInWalModeWithABusyTimeout() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.from(new Settings(Map.of(), Map.of()), data);
        assertEquals("jdbc:sqlite:" + data.resolve("helpcenter.db"), settings.url());
        try (Database database = Database.open(settings)) {
            assertEquals(Vendor.SQLITE, database.vendor());
            assertEquals("wal", pragma(database, "journal_mode"));
            assertEquals("10000", pragma(database, "busy_timeout"));
            assertEquals("2", pragma(database, "synchronous"), "FULL: a committed message survives a power cut");
            assertEquals("1", pragma(database, "foreign_keys"));
            assertEquals("0", scalar(database, "SELECT COUNT(*) FROM contact_outbox"), "migrated");
        }
    }

    @Test
    void aPragmaInTheUrlWinsOverTheDefault() throws SQLException {
        String url = "jdbc:sqlite:" + data.resolve("x.db") + "?busy_timeout=250";
        try (Database database = Database.open(new DatabaseSettings(url, null, null))) {
            assertEquals("250", pragma(database, "busy_timeout"));
        }
    }

    @Test
    void aTransactionEitherCommitsAndReturnsOrRollsBackAndThrows() throws SQLException {
        try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + data.resolve("t.db"), null, null))) {
            database.transaction(c -> c.createStatement().executeUpdate("CREATE TABLE t (v INTEGER PRIMARY KEY)"));
            assertThrows(SQLException.class, () -> database.transaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
                return c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            }));
            assertEquals("0", scalar(database, "SELECT COUNT(*) FROM t"), "the first insert was rolled back");
            database.transaction(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (2)"));
            assertEquals("1", scalar(database, "SELECT COUNT(*) FROM t"));
        }
    }

    @Test
    void aWriterLockedOutIsRefusedCleanlyAndTheNextTransactionWorks() throws SQLException {
        String url = "jdbc:sqlite:" + data.resolve("l.db");
        try (Database database = Database.open(new DatabaseSettings(url + "?busy_timeout=100", null, null))) {
            database.transaction(c -> c.createStatement().executeUpdate("CREATE TABLE t (v INTEGER)"));
            for (int round = 0; round < 6; round++) {
                try (Connection lock = DriverManager.getConnection(url); Statement statement = lock.createStatement()) {
                    statement.execute("BEGIN EXCLUSIVE");
                    assertThrows(SQLException.class,
                            () -> database.transaction(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (1)")));
                }
            }
            for (int round = 0; round < 6; round++) {
                database.transaction(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (2)"));
            }
            assertEquals("6", scalar(database, "SELECT COUNT(*) FROM t"), "no pooled connection was left half-open");
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneFriendlyLineWithoutThePassword() {
        ConfigException unreachable = assertThrows(ConfigException.class, () -> Database.open(new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:1/helpcenter?password=hunter2&connectTimeout=1", "app", "hunter2")));
        assertTrue(unreachable.getMessage().startsWith("cannot open the database jdbc:postgresql://127.0.0.1:1/helpcenter"),
                unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains("hunter2"));
        assertFalse(unreachable.getMessage().contains("\n"));
        assertTrue(unreachable.getMessage().contains("HELPCENTER_DB_URL"));

        ConfigException unsupported = assertThrows(ConfigException.class,
                () -> Database.open(new DatabaseSettings("jdbc:mysql://db/helpcenter", null, null)));
        assertTrue(unsupported.getMessage().contains("expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB"));
        assertEquals("jdbc:postgresql://app:***@db/x?user=a&password=***",
                new DatabaseSettings("jdbc:postgresql://app:pw@db/x?user=a&password=pw", null, null).redactedUrl());
    }

    private static String pragma(Database database, String name) throws SQLException {
        return scalar(database, "PRAGMA " + name);
    }

    private static String scalar(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
