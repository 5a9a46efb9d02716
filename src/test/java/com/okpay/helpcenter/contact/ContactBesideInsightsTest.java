package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous writes never stand in the way of customers' messages: on SQLite insights live in a
 * file of their own, so an insights store that is locked, full or broken leaves the contact
 * outbox writing and sending.
 */
class ContactBesideInsightsTest {
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36";
    @RegisterExtension
    static final SupportMailbox mail = new SupportMailbox();
    @TempDir
    Path temp;

    private RunningApp app(Path data) {
        return ContactMailTest.app(Fixtures.copy("fixture-site", temp.resolve("content")), data, mail.port(),
                MutableClock.fixed(), Map.of());
    }

    @Test
    void insightsAreKeptInTheirOwnFileNextToTheMainDatabase() throws Exception {
        Path data = temp.resolve("data");
        try (RunningApp app = app(data)) {
            assertEquals(data.resolve("insights.db").toAbsolutePath(), app.app().insights().database().file().orElseThrow());
            assertEquals(data.resolve("helpcenter.db").toAbsolutePath(), app.app().database().file().orElseThrow());
        }
    }

    @Test
    void aMessageIsAcceptedAndMailedWhileSomethingHoldsTheInsightsFileLocked() throws Exception {
        Path data = temp.resolve("data");
        try (RunningApp app = app(data);
             Connection locker = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("insights.db"));
             Statement lock = locker.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            lock.execute("INSERT INTO insight_view_daily (day, locale, article, views) VALUES (1, 'en', 'x', 1)");
            assertEquals(200, app.get("/search?q=refund", Map.of("User-Agent", BROWSER)).statusCode());
            long started = System.nanoTime();
            String reference = ContactMailTest.submit(app, "/contact", ContactClient.validFields());
            app.app().mailSender().drainOnce(); // unless the sender's own thread was quicker
            assertTrue(mail.server().waitForIncomingEmail(5_000, 1));
            assertTrue(System.nanoTime() - started < 5_000_000_000L,
                    "neither the message nor its mail waited for the insights' lock (SQLite waits 10 s for a lock)");
            assertEquals(1, mail.server().getReceivedMessages().length);
            assertEquals(reference, ContactMailTest.reference(mail.server().getReceivedMessages()[0]));
            lock.execute("ROLLBACK");
        }
    }

    @Test
    void anInsightsFileThatCannotBeOpenedLeavesTheSiteAndItsContactFormWorking() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("insights.db")); // not a database: opening it fails
        try (RunningApp app = app(data)) {
            assertFalse(app.app().insights().status().recording(), "insights are off, not the site");
            assertEquals(200, app.get("/search?q=refund", Map.of("User-Agent", BROWSER)).statusCode());
            String reference = ContactMailTest.submit(app, "/contact", ContactClient.validFields());
            app.app().mailSender().drainOnce();
            assertTrue(mail.server().waitForIncomingEmail(5_000, 1));
            assertEquals(reference, ContactMailTest.reference(mail.server().getReceivedMessages()[0]));
        }
    }
}
