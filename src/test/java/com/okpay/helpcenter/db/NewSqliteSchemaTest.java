package com.okpay.helpcenter.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewSqliteSchemaTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"db/migration", "db/insights"})
    void aNewDatabaseGetsTheSchemaAndTheHistoryFlywayWouldHaveWritten(String folder) throws SQLException {
        try (HikariDataSource byFlyway = dataSource("flyway.db"); HikariDataSource byUs = dataSource("new.db")) {
            Flyway.configure().dataSource(byFlyway).locations("classpath:" + folder).load().migrate();
            assertTrue(NewSqliteSchema.apply(byUs, folder));

            String objects = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name";
            assertEquals(rows(byFlyway, objects), rows(byUs, objects), "every table, index and trigger alike");
            String history = "SELECT installed_rank, version, description, type, script, checksum, installed_by, success "
                    + "FROM flyway_schema_history ORDER BY installed_rank";
            assertEquals(rows(byFlyway, history), rows(byUs, history), "same versions, descriptions and checksums");
        }
    }

    @Test
    void flywayTakesOverFromTheHistoryItFinds() throws SQLException {
        try (HikariDataSource byUs = dataSource("new.db")) {
            assertTrue(NewSqliteSchema.apply(byUs, "db/migration"));
            Flyway flyway = Flyway.configure().dataSource(byUs).locations(Database.MIGRATIONS).load();
            flyway.validate(); // throws on a checksum, description or type it does not recognise
            assertEquals(0, flyway.migrate().migrationsExecuted, "nothing pending");
            assertTrue(Migrations.current(byUs, Database.MIGRATIONS), "restarts skip Flyway as before");
        }
    }

    @Test
    void aDatabaseWithAnythingInItIsLeftToFlyway() throws SQLException {
        try (HikariDataSource existing = dataSource("old.db")) {
            execute(existing, "CREATE TABLE someone_elses (v INTEGER)");
            assertFalse(NewSqliteSchema.apply(existing, "db/migration"));
            assertEquals(List.of("someone_elses"), rows(existing, "SELECT name FROM sqlite_master"));
        }
    }

    @Test
    void aScriptThatFailsLeavesTheDatabaseEmptyForFlyway() throws SQLException {
        try (HikariDataSource fresh = dataSource("broken.db")) {
            assertFalse(NewSqliteSchema.apply(fresh, "db/broken"));
            assertEquals(List.of(), rows(fresh, "SELECT name FROM sqlite_master"), "the first script was rolled back too");
        }
    }

    @Test
    void placeholdersAndFoldersWithoutScriptsAreLeftToFlyway() throws SQLException {
        try (HikariDataSource fresh = dataSource("other.db")) {
            assertFalse(NewSqliteSchema.apply(fresh, "db/placeholder"), "Flyway replaces ${...}");
            assertFalse(NewSqliteSchema.apply(fresh, "db/no-such-folder"));
            assertEquals(List.of(), rows(fresh, "SELECT name FROM sqlite_master"));
        }
    }

    @Test
    void databaseOpenLaysOutANewFileThatFlywayThenAccepts() throws SQLException {
        String url = "jdbc:sqlite:" + data.resolve("helpcenter.db");
        Database.open(new DatabaseSettings(url, null, null)).close();
        try (HikariDataSource opened = dataSource("helpcenter.db")) {
            assertEquals(NewSqliteSchema.scripts("db/migration").size(),
                    rows(opened, "SELECT version FROM flyway_schema_history").size());
            Flyway.configure().dataSource(opened).locations(Database.MIGRATIONS).load().validate();
        }
    }

    private HikariDataSource dataSource(String file) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:sqlite:" + data.resolve(file));
        return dataSource;
    }

    private static void execute(HikariDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> rows(HikariDataSource dataSource, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
