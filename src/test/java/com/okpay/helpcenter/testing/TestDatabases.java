package com.okpay.helpcenter.testing;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, migrated databases of both kinds the app supports, for rules that must hold on each: SQLite
 * files in a temporary folder, and databases in one embedded PostgreSQL started for the test class.
 *
 * <pre>{@code @RegisterExtension static final TestDatabases databases = new TestDatabases();}</pre>
 */
public final class TestDatabases implements BeforeAllCallback, AfterAllCallback {
    public static final String SQLITE = "sqlite";
    public static final String POSTGRESQL = "postgresql";

    private EmbeddedPostgres postgres;
    private Path folder;
    private int opened;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("helpcenter-databases");
        postgres = EmbeddedPostgres.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The JDBC URL of a new, empty PostgreSQL database (user {@code postgres}, no password), for an app to migrate. */
    public String postgresUrl() throws SQLException {
        String name = "app_" + (++opened);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** A new, empty database of that vendor ({@link #SQLITE} or {@link #POSTGRESQL}), migrated by Flyway. */
    public Database open(String vendor) throws SQLException {
        if (vendor.equals(SQLITE)) {
            return Database.open(new DatabaseSettings("jdbc:sqlite:" + folder.resolve("test_" + (++opened) + ".db"), null, null));
        }
        return Database.open(new DatabaseSettings(postgresUrl(), "postgres", null));
    }
}
