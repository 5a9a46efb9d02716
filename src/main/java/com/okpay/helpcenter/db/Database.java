package com.okpay.helpcenter.db;

import com.okpay.helpcenter.config.ConfigException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's database: a connection pool, migrated to the current schema when opened.
 * SQLite runs in WAL mode with a busy timeout and immediate transactions, so the web requests and
 * the mail sender can write side by side without "database is locked" failures.
 * PostgreSQL gets a plain pool; its claims use row locks (see the contact outbox).
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    /** How long a request waits for a connection before the visitor is told to try again. */
    private static final long CONNECTION_TIMEOUT_MS = 5_000;

    private final HikariDataSource dataSource;
    private final Vendor vendor;
    private final String url;

    private Database(HikariDataSource dataSource, Vendor vendor, String url) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.url = url;
    }

    /** The application's migrations: contact messages, feedback, and (on PostgreSQL) insights. */
    public static final String MIGRATIONS = "classpath:db/migration";

    /**
     * Opens the pool and applies pending migrations; fails with one line saying what to fix. A new
     * SQLite file is laid out without Flyway, with the history Flyway would write ({@link NewSqliteSchema}).
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, MIGRATIONS, "helpcenter-db");
    }

    /**
     * Opens a pool on a database with a schema of its own (such as the insights' SQLite file),
     * migrated from {@code migrations} with its own Flyway history.
     */
    public static Database open(DatabaseSettings settings, String migrations, String poolName) {
        Vendor vendor = Vendor.of(settings.url());
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(poolName);
        hikari.setJdbcUrl(settings.url());
        hikari.setUsername(settings.user());
        hikari.setPassword(settings.password());
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        if (vendor == Vendor.SQLITE) {
            hikari.setMaximumPoolSize(4);
            hikari.setDataSourceProperties(sqliteProperties(settings.url()));
        } else {
            hikari.setMaximumPoolSize(10);
        }
        HikariDataSource dataSource = null;
        try {
            dataSource = new HikariDataSource(hikari);
            if (!Migrations.current(dataSource, migrations) && !Migrations.laidOutNew(dataSource, vendor, migrations)) {
                Flyway.configure().dataSource(dataSource).locations(migrations)
                        .failOnMissingLocations(true).load().migrate();
            }
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            throw new ConfigException("cannot open the database " + settings.redactedUrl() + ": "
                    + rootMessage(e) + " (check --db-url or HELPCENTER_DB_URL, HELPCENTER_DB_USER, HELPCENTER_DB_PASSWORD)");
        }
        log.info("database ready: {}", settings.redactedUrl());
        return new Database(dataSource, vendor, settings.url());
    }

    /**
     * Durability first: WAL with synchronous=FULL keeps every committed message across a power
     * cut; busy_timeout lets a writer wait for another one instead of failing. A pragma written
     * in the URL (e.g. {@code ?busy_timeout=100}) wins over these defaults.
     */
    private static Properties sqliteProperties(String url) {
        Properties properties = new Properties();
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        putUnlessInUrl(properties, query, "journal_mode", "WAL");
        putUnlessInUrl(properties, query, "synchronous", "FULL");
        putUnlessInUrl(properties, query, "busy_timeout", "10000");
        putUnlessInUrl(properties, query, "foreign_keys", "true");
        return properties;
    }

    private static void putUnlessInUrl(Properties properties, String query, String key, String value) {
        if (!("&" + query).contains("&" + key + "=")) {
            properties.setProperty(key, value);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The SQLite file this database is kept in; none for PostgreSQL or an in-memory SQLite. */
    public Optional<Path> file() {
        if (vendor != Vendor.SQLITE) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.isEmpty() || path.startsWith(":") || path.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path).toAbsolutePath());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     * When this returns, the commit has happened; when it throws, it has not.
     */
    public <T> T transaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return vendor == Vendor.SQLITE ? sqliteTransaction(connection, work) : jdbcTransaction(connection, work);
        }
    }

    /**
     * SQLite transactions are written out rather than left to the driver: sqlite-jdbc's commit()
     * starts the next transaction straight after COMMIT and reports a failure of that as a failed
     * commit, and a failed BEGIN leaves its connection believing a transaction is open. Either
     * would let a stored message be reported as lost. BEGIN IMMEDIATE takes the write lock up
     * front, so busy_timeout can wait for it instead of failing half-way through.
     */
    private <T> T sqliteTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        try (Statement control = connection.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                control.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    control.execute("ROLLBACK");
                } catch (SQLException again) {
                    // no transaction left to roll back, or a broken connection: either way, retire it
                    e.addSuppressed(again);
                    dataSource.evictConnection(connection);
                }
                throw e;
            }
        }
    }

    private <T> T jdbcTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException again) {
                e.addSuppressed(again);
                dataSource.evictConnection(connection);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
