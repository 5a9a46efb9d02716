package com.okpay.helpcenter.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new, empty SQLite file gets every shipped migration in one transaction, with the history rows
 * Flyway itself writes (same table, same checksums), so Flyway takes over from there whenever a
 * later jar brings a new migration. Flyway loads about a thousand classes and a JSON library, then
 * commits each of the dozen scripts on its own (a sync to disk each): on the first start with an
 * empty data folder that was a third of a second of CPU and more of the JIT's, beside the content
 * loading that start waits for. Anything unusual (a placeholder, a name Flyway would read
 * differently, a file that is not empty, any SQL error) leaves the file untouched and Flyway runs
 * as before.
 */
final class NewSqliteSchema {
    private static final Logger log = LoggerFactory.getLogger(NewSqliteSchema.class);
    /** Flyway 12's history table on SQLite, as it creates it (compared in the tests). */
    static final String HISTORY = """
            CREATE TABLE "flyway_schema_history" (
                "installed_rank" INT NOT NULL PRIMARY KEY,
                "version" VARCHAR(50),
                "description" VARCHAR(200) NOT NULL,
                "type" VARCHAR(20) NOT NULL,
                "script" VARCHAR(1000) NOT NULL,
                "checksum" INT,
                "installed_by" VARCHAR(100) NOT NULL,
                "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
                "execution_time" INT NOT NULL,
                "success" BOOLEAN NOT NULL
            )""";
    static final String HISTORY_INDEX =
            "CREATE INDEX \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")";

    record Script(int version, String name, String sql) {
        /** Flyway's description: the part after {@code __}, underscores read as spaces. */
        String description() {
            return name.substring(name.indexOf("__") + 2, name.length() - ".sql".length()).replace('_', ' ');
        }

        /** Flyway's checksum: CRC-32 of the lines' UTF-8 bytes, line ends and a leading BOM left out. */
        int checksum() {
            CRC32 crc = new CRC32();
            try (BufferedReader lines = new BufferedReader(new StringReader(sql))) {
                boolean first = true;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (first && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    first = false;
                    crc.update(line.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading a string cannot fail", e);
            }
            return (int) crc.getValue();
        }
    }

    private NewSqliteSchema() {
    }

    /**
     * Lays out the schema of the migrations in a class path folder on an empty SQLite database.
     *
     * @return true when done; false when the database is not empty or the scripts are not all plain
     *     ones, and then nothing was changed
     */
    static boolean apply(DataSource dataSource, String folder) {
        List<Script> scripts = scripts(folder);
        if (scripts.isEmpty()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                if (!empty(statement)) {
                    statement.execute("ROLLBACK");
                    return false;
                }
                statement.executeUpdate(HISTORY);
                statement.executeUpdate(HISTORY_INDEX);
                try (PreparedStatement history = connection.prepareStatement("INSERT INTO flyway_schema_history "
                        + "(installed_rank, version, description, type, script, checksum, installed_by, execution_time, "
                        + "success) VALUES (?, ?, ?, 'SQL', ?, ?, '', ?, 1)")) {
                    int rank = 0;
                    for (Script script : scripts) {
                        long start = System.nanoTime();
                        // the driver runs every statement of the text (sqlite3_exec), as Flyway's do one by one
                        statement.executeUpdate(script.sql());
                        history.setInt(1, ++rank);
                        history.setString(2, Integer.toString(script.version()));
                        history.setString(3, script.description());
                        history.setString(4, script.name());
                        history.setInt(5, script.checksum());
                        history.setInt(6, (int) ((System.nanoTime() - start) / 1_000_000));
                        history.executeUpdate();
                    }
                }
                statement.execute("COMMIT");
                return true;
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("new database left to Flyway: {}", e.toString());
            return false;
        }
    }

    /** Nothing in the file yet: no table, index, view or trigger. */
    private static boolean empty(Statement statement) throws SQLException {
        try (ResultSet any = statement.executeQuery("SELECT 1 FROM sqlite_master LIMIT 1")) {
            return !any.next();
        }
    }

    /** The folder's scripts by version; none unless every one is a plain {@code V<n>__name.sql} without placeholders. */
    static List<Script> scripts(String folder) {
        List<Script> scripts = new ArrayList<>();
        try {
            for (String name : Migrations.scriptNames(folder)) {
                OptionalInt version = Migrations.version(name);
                // V01 would be version "01" to Flyway; a placeholder would be replaced by it
                if (version.isEmpty() || !name.startsWith("V" + version.getAsInt() + "__")) {
                    return List.of();
                }
                String sql = read(folder + "/" + name);
                if (sql == null || sql.contains("${")) {
                    return List.of();
                }
                scripts.add(new Script(version.getAsInt(), name, sql));
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        scripts.sort(Comparator.comparingInt(Script::version));
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                return List.of(); // Flyway refuses the pair: let it say so
            }
        }
        return scripts;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = NewSqliteSchema.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
