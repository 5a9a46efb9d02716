package com.okpay.helpcenter.ops;

import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers, checked every few seconds in the background, so that a readiness
 * probe or a scrape never waits for a database that is down. An outage does not take the pages
 * away: it only shows here (and contact forms ask visitors to try again).
 */
public final class DatabaseProbe implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);
    private static final long EVERY_MS = 5_000;

    private final DataSource dataSource;
    private volatile boolean up = true;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "database-probe");
        thread.setDaemon(true);
        return thread;
    });

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DatabaseProbe start() {
        checker.scheduleWithFixedDelay(this::check, 0, EVERY_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    public boolean up() {
        return up;
    }

    /** Checks now; also called by tests. */
    public boolean check() {
        boolean now;
        try (Connection connection = dataSource.getConnection()) {
            now = connection.isValid(2);
        } catch (Exception e) {
            now = false;
        }
        if (now != up) {
            if (now) {
                log.info("the database answers again");
            } else {
                log.warn("the database does not answer: pages are still served, contact forms ask visitors to "
                        + "try again, and /health/ready says \"database\": \"down\"");
            }
        }
        up = now;
        return now;
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
