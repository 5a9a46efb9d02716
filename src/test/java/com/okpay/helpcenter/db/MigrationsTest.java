package com.okpay.helpcenter.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationsTest {
    @TempDir
    Path data;

    @Test
    void theNewestShippedMigrationIsTheHighestVersionInTheMigrationFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(f -> f.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
            assertEquals(highest, Migrations.newestShipped("db/migration").orElseThrow());
        }
    }

    /** A script added without its line in the index would never run on a database Flyway skipped. */
    @ParameterizedTest
    @ValueSource(strings = {"db/migration", "db/insights"})
    void theIndexListsEveryScriptOfItsFolderAndNothingElse(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", folder))) {
            assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(),
                    Migrations.scriptNames(folder).stream().sorted().toList(), folder + ".index");
        }
    }

    @Test
    void aFolderWithoutAnIndexHasNoScriptsSoFlywayDecides() throws IOException {
        assertEquals(List.of(), Migrations.scriptNames("db/none"));
        assertTrue(Migrations.newestShipped("db/none").isEmpty());
    }

    @Test
    void aNewDatabaseIsNotCurrentAMigratedOneIsAndOneMissingTheNewestMigrationIsNot() throws SQLException {
        String url = "jdbc:sqlite:" + data.resolve("m.db");
        try (HikariDataSource empty = dataSource(url)) {
            assertFalse(Migrations.current(empty, Database.MIGRATIONS), "no history table: Flyway runs");
        }
        Database.open(new DatabaseSettings(url, null, null)).close();
        try (HikariDataSource migrated = dataSource(url)) {
            assertTrue(Migrations.current(migrated, Database.MIGRATIONS), "restarts skip Flyway");
            try (var connection = migrated.getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '"
                        + Migrations.newestShipped("db/migration").orElseThrow() + "'");
            }
            assertFalse(Migrations.current(migrated, Database.MIGRATIONS), "a newer migration is pending: Flyway runs");
        }
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        return dataSource;
    }
}
