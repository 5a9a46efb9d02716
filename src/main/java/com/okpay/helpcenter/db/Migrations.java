package com.okpay.helpcenter.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Whether the database is at the newest schema already, found without starting Flyway: Flyway
 * loads about a thousand classes (and a JSON library) before it can say "nothing to do", which
 * was a good part of every restart. When the answer is not a clear yes, Flyway runs as always.
 */
final class Migrations {
    private static final String CLASSPATH = "classpath:";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql");

    private Migrations() {
    }

    /**
     * True only when the history holds the newest migration shipped and no failed one.
     *
     * @param location Flyway's location of the migrations, {@code classpath:FOLDER}
     */
    static boolean current(DataSource dataSource, String location) {
        if (!location.startsWith(CLASSPATH)) {
            return false;
        }
        // the database first: a new one has no history, and the jar's listing is not needed at all
        OptionalInt applied = applied(dataSource);
        if (applied.isEmpty()) {
            return false;
        }
        OptionalInt newest = newestShipped(location.substring(CLASSPATH.length()));
        return newest.isPresent() && newest.getAsInt() == applied.getAsInt();
    }

    /**
     * On a new, empty SQLite database: lays out the whole schema without Flyway ({@link NewSqliteSchema}).
     * False when it did not (another vendor, a location Flyway alone reads, a database not empty).
     */
    static boolean laidOutNew(DataSource dataSource, Vendor vendor, String location) {
        return vendor == Vendor.SQLITE && location.startsWith(CLASSPATH)
                && NewSqliteSchema.apply(dataSource, folder(location.substring(CLASSPATH.length())));
    }

    private static String folder(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The highest version in the history, if there is one and no migration in it failed. */
    private static OptionalInt applied(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            int applied = -1;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return OptionalInt.empty();
                }
                String version = rows.getString(1);
                if (version != null && version.matches("\\d+")) {
                    applied = Math.max(applied, Integer.parseInt(version));
                }
            }
            return applied < 0 ? OptionalInt.empty() : OptionalInt.of(applied);
        } catch (SQLException | RuntimeException e) {
            // no history table yet (a new database) or one Flyway laid out differently: Flyway decides
            return OptionalInt.empty();
        }
    }

    /** The highest version among the migration scripts in a class path folder, if every one is a plain number. */
    static OptionalInt newestShipped(String path) {
        try {
            List<String> names = scriptNames(folder(path));
            int newest = -1;
            for (String name : names) {
                OptionalInt version = version(name);
                if (version.isEmpty()) {
                    return version;
                }
                newest = Math.max(newest, version.getAsInt());
            }
            return newest < 0 ? OptionalInt.empty() : OptionalInt.of(newest);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // cannot tell: Flyway looks for itself
        }
    }

    /**
     * The scripts of a class path folder, as its index ({@code FOLDER.index} beside it) lists them;
     * none without one. Listing the folder itself would mean reading all 33 000 entries of the jar,
     * twice per start, and making the JIT compile the zip code for it.
     */
    static List<String> scriptNames(String folderName) throws IOException {
        try (InputStream index = Migrations.class.getClassLoader().getResourceAsStream(folderName + ".index")) {
            if (index == null) {
                return List.of();
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    static OptionalInt version(String name) {
        Matcher matcher = VERSIONED.matcher(name);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
