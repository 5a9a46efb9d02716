package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.testing.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mail the SMTP server accepted while the database could not take its "sent" (a PostgreSQL
 * restart; here a SQLite file held by another writer) is recorded once the database answers, and
 * not sent again when its claim has run out meanwhile.
 */
class SentWhileTheDatabaseWasAwayTest {
    @TempDir
    Path temp;

    @Test
    void theMailIsRecordedWhenTheDatabaseIsBackAndNotSentAgain() throws Exception {
        MutableClock clock = MutableClock.fixed();
        Path file = temp.resolve("helpcenter.db");
        try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + file + "?busy_timeout=100", null, null))) {
            Outbox outbox = new Outbox(database, clock);
            outbox.save(TestSites.message("OK-20261201-AWAY", clock.instant()), List.of(MailKind.SUPPORT));
            List<String> sent = new ArrayList<>();
            Connection[] away = new Connection[1];
            MailTransport acceptsThenTheDatabaseGoes = new MailTransport() {
                @Override
                public void send(MimeMessage mail, String id) {
                    sent.add(id);
                    if (sent.size() > 1) {
                        return; // sent again: the database is back by then
                    }
                    try {
                        away[0] = DriverManager.getConnection("jdbc:sqlite:" + file);
                        away[0].createStatement().execute("BEGIN EXCLUSIVE");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public String describe() {
                    return "a server that accepts everything";
                }
            };
            MailSender sender = new MailSender(outbox, new MailComposer(TestSites.smtp(1, temp), TestSites.fixtureSite(),
                    new Messages(), "https://help.test.example"), acceptsThenTheDatabaseGoes, RetryPolicy.standard(), clock);
            try {
                assertThrows(IllegalStateException.class, sender::drainOnce, "sent, but 'sent' could not be written");
                away[0].createStatement().execute("ROLLBACK");
                away[0].close();
                clock.advance(Duration.ofMinutes(1)); // the claim ran out meanwhile: the mail is due again

                assertEquals(0, sender.drainOnce(), "nothing handed over again");
                assertEquals(List.of("OK-20261201-AWAY-support"), sent);
                assertEquals("sent", status(database));
            } finally {
                sender.close();
            }
        }
    }

    private static String status(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT status FROM contact_outbox")) {
            row.next();
            return row.getString(1);
        }
    }
}
