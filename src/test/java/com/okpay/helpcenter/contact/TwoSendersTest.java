package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one database must never send the same mail twice: on PostgreSQL their
 * claims skip each other's locked rows. Embedded PostgreSQL starts once for the class.
 */
class TwoSendersTest {
    static final int MESSAGES = 50;
    @TempDir
    static Path temp;
    static EmbeddedPostgres postgres;
    static GreenMail smtp;
    static int databases;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        smtp = new GreenMail(new ServerSetup(ContactMailTest.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    @AfterAll
    static void stop() throws IOException {
        smtp.stop();
        postgres.close();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    /** A fresh, empty PostgreSQL database for one test. */
    static String newDatabase() throws SQLException {
        String name = "helpcenter_" + (++databases);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    @Test
    void twoSendersDrainingOnePostgresDatabaseDeliverEveryMessageExactlyOnce() throws Exception {
        String url = newDatabase();
        assertEveryMessageDeliveredOnce(url);
    }

    @Test
    void twoSendersOnOneSqliteFileAreSerializedByItsWriteLock() throws Exception {
        assertEveryMessageDeliveredOnce("jdbc:sqlite:" + temp.resolve("shared.db"));
    }

    private void assertEveryMessageDeliveredOnce(String url) throws Exception {
        MutableClock clock = MutableClock.fixed();
        try (Database first = Database.open(new DatabaseSettings(url, null, null));
             Database second = Database.open(new DatabaseSettings(url, null, null))) {
            Set<String> references = seed(new Outbox(first, clock), clock);
            MailSender a = sender(first, clock);
            MailSender b = sender(second, clock);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService instances = Executors.newFixedThreadPool(2);
            Future<Integer> byA = instances.submit(() -> awaitThen(go, a));
            Future<Integer> byB = instances.submit(() -> awaitThen(go, b));
            go.countDown();
            int sentByA = byA.get();
            int sentByB = byB.get();
            instances.shutdown();
            a.close();
            b.close();

            assertEquals(MESSAGES, sentByA + sentByB);
            assertTrue(sentByA > 0 && sentByB > 0, "both senders worked: " + sentByA + " + " + sentByB);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(MESSAGES, received.length);
            assertEquals(references, java.util.Arrays.stream(received).map(ContactMailTest::reference)
                    .collect(Collectors.toSet()));
            assertEquals(MESSAGES + " sent, 1 attempt", summary(first));
        }
    }

    @Test
    void aMailClaimedByAKilledInstanceIsSentByAnotherWithinHalfAMinute() throws Exception {
        MutableClock clock = MutableClock.fixed();
        String url = newDatabase();
        try (Database killed = Database.open(new DatabaseSettings(url, null, null));
             Database alive = Database.open(new DatabaseSettings(url, null, null))) {
            Outbox dead = new Outbox(killed, clock);
            dead.save(TestSites.message("OK-20261125-KILL", clock.instant()), List.of(MailKind.SUPPORT));
            assertEquals(1, dead.claim(1, MailSender.LEASE).size(), "claimed, then kill -9: no heartbeat, no outcome");
            MailSender other = sender(alive, clock);
            assertEquals(0, other.drainOnce(), "a live claim is respected");
            clock.advance(Duration.ofSeconds(30));
            assertEquals(1, other.drainOnce(), "taken over without waiting for the dead instance");
            other.close();
            assertEquals("OK-20261125-KILL", ContactMailTest.reference(smtp.getReceivedMessages()[0]));
        }
    }

    @Test
    void aSlowSendHoldsOneClaimAliveAndAClosedSenderGivesItsClaimsBack() throws Exception {
        MutableClock clock = MutableClock.fixed();
        String url = newDatabase();
        try (Database first = Database.open(new DatabaseSettings(url, null, null));
             Database second = Database.open(new DatabaseSettings(url, null, null))) {
            Outbox outbox = new Outbox(first, clock);
            for (String reference : List.of("OK-20261125-SLO1", "OK-20261125-SLO2", "OK-20261125-SLO3")) {
                outbox.save(TestSites.message(reference, clock.instant()), List.of(MailKind.SUPPORT));
            }
            CountDownLatch sending = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            MailTransport hung = new MailTransport() {
                @Override
                public void send(MimeMessage mail, String id) {
                    sending.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public String describe() {
                    return "a server that hangs";
                }
            };
            MailSender slow = new MailSender(new Outbox(first, clock), new MailComposer(TestSites.smtp(1, temp),
                    TestSites.fixtureSite(), new Messages(), "https://help.test.example"), hung, RetryPolicy.standard(), clock);
            ExecutorService background = Executors.newSingleThreadExecutor();
            Future<Integer> draining = background.submit(slow::drainOnce);
            sending.await();
            assertEquals("1 sending, 2 pending", statuses(first), "one mail per claim, never a batch behind a hung send");
            clock.advance(Duration.ofMinutes(2));
            slow.renewClaims();
            MailSender other = sender(second, clock);
            assertEquals(2, other.drainOnce(), "the other two are free; the one being sent is still claimed");
            release.countDown();
            draining.get();
            background.shutdown();
            assertEquals("3 sent", statuses(first));

            Outbox stopping = new Outbox(first, clock);
            stopping.save(TestSites.message("OK-20261125-STOP", clock.instant()), List.of(MailKind.SUPPORT));
            assertEquals(1, stopping.claim(1, MailSender.LEASE).size());
            assertEquals(1, stopping.releaseClaims(), "what close() does after its last send");
            assertEquals(1, other.drainOnce(), "given back: sent at once by another instance");
            other.close();
        }
    }

    private static String statuses(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT status, COUNT(*) FROM contact_outbox "
                     + "GROUP BY status ORDER BY status DESC")) {
            List<String> parts = new ArrayList<>();
            while (rows.next()) {
                parts.add(rows.getInt(2) + " " + rows.getString(1));
            }
            return String.join(", ", parts);
        }
    }

    @Test
    void theWholeAppRunsOnPostgres() throws Exception {
        String url = newDatabase();
        Map<String, String> env = Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "HELPCENTER_DB_URL", url, "HELPCENTER_CONTACT_MIN_FILL_SECONDS", "0");
        try (RunningApp app = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content")),
                temp.resolve("data-pg"), Map.of(), env, MutableClock.fixed())) {
            ContactClient visitor = new ContactClient(app, "/contact", "127.0.0.1");
            visitor.open();
            String reference = ContactFormHttpTest.referenceOf(visitor.submit(ContactClient.validFields()));
            app.app().mailSender().drainOnce();
            assertEquals(reference, ContactMailTest.reference(smtp.getReceivedMessages()[0]));
            assertEquals("help@test.example", smtp.getReceivedMessages()[0].getAllRecipients()[0].toString(),
                    "without SUPPORT_EMAIL, the address in site.yml");
            assertEquals("1 sent, 1 attempt", summary(app.app().database()));
        }
    }

    private static Set<String> seed(Outbox outbox, MutableClock clock) throws SQLException {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String reference = String.format("OK-20261125-%04d", i);
            outbox.save(TestSites.message(reference, clock.instant()), List.of(MailKind.SUPPORT));
            references.add(reference);
        }
        return Set.copyOf(references);
    }

    /** A sender whose mails take a moment, so the two really do overlap. */
    private MailSender sender(Database database, MutableClock clock) {
        MailSettings settings = TestSites.smtp(smtp.getSmtp().getPort(), temp);
        SmtpTransport smtpTransport = new SmtpTransport(settings);
        MailTransport slow = new MailTransport() {
            @Override
            public void send(MimeMessage mail, String id) throws jakarta.mail.MessagingException {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                smtpTransport.send(mail, id);
            }

            @Override
            public String describe() {
                return "slow " + smtpTransport.describe();
            }
        };
        return new MailSender(new Outbox(database, clock), new MailComposer(settings, TestSites.fixtureSite(), new Messages(), "https://help.test.example"),
                slow, RetryPolicy.standard(), clock);
    }

    private static int awaitThen(CountDownLatch go, MailSender sender) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sender.drainOnce();
    }

    private static String summary(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*), MAX(attempts), MIN(status), MAX(status) "
                     + "FROM contact_outbox")) {
            row.next();
            String status = row.getString(3).equals(row.getString(4)) ? row.getString(3) : "mixed";
            return row.getInt(1) + " " + status + ", " + row.getInt(2) + " attempt";
        }
    }
}
