package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real mail server that accepts connections and then never says a word: one send gives up
 * before the sender's claim on the mail could run out, and a server killed with {@code kill -9}
 * in the middle of such a send has its mail delivered exactly once within 30 s of its restart
 * against a working server.
 */
class HungMailServerTest {
    @TempDir
    Path temp;

    /** Accepts every connection, counts it, and never answers (not even the greeting). */
    static final class HungServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final CountDownLatch accepted = new CountDownLatch(1);
        final List<Socket> connections = new CopyOnWriteArrayList<>();

        HungServer() throws IOException {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        connections.add(socket.accept());
                        accepted.countDown();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "hung-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : connections) {
                connection.close();
            }
        }
    }

    @Test
    void everyWaitOnTheMailServerIsShorterThanTheClaimOnTheMail() {
        assertTrue(SmtpTransport.CONNECT_TIMEOUT.compareTo(MailSender.LEASE) < 0);
        assertTrue(SmtpTransport.IO_TIMEOUT.compareTo(MailSender.LEASE) < 0);
    }

    @Test
    void aSendToAServerThatAcceptsAndHangsFailsBeforeItsClaimRunsOut() throws Exception {
        try (HungServer hung = new HungServer()) {
            MailSettings settings = TestSites.smtp(hung.port(), temp);
            SmtpTransport transport = new SmtpTransport(settings);
            MailComposer composer = new MailComposer(settings, TestSites.fixtureSite(), new Messages(),
                    "https://help.test.example");
            Delivery delivery = new Delivery(TestSites.message("OK-20261125-0001", MutableClock.fixed().instant()),
                    MailKind.SUPPORT, 1);
            long started = System.nanoTime();
            assertThrows(MessagingException.class, () -> transport.send(composer.compose(delivery), "OK-20261125-0001"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(1, hung.connections.size(), "it did reach the server");
            assertTrue(took.compareTo(MailSender.LEASE) < 0, "gave up after " + took + ", the lease is " + MailSender.LEASE);
        }
    }

    @Test
    void aServerKilledWhileItsMailServerHangsHasTheMailDeliveredOnceWithin30sOfItsRestart() throws Exception {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path data = temp.resolve("data");
        int port = ContactMailTest.freePort();
        String reference;
        try (HungServer hung = new HungServer()) {
            Process process = KilledAfterAcceptanceTest.startServer(content, data, port, hung.port());
            try {
                com.okpay.helpcenter.testing.ServerProcess.awaitLine(process, "help center ready");
                reference = KilledAfterAcceptanceTest.submit("http://localhost:" + port);
                assertTrue(hung.accepted.await(30, TimeUnit.SECONDS), "the server began sending");
            } finally {
                process.destroyForcibly(); // SIGKILL mid-send: the claim stays in the database
                assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            }
            assertEquals(137, process.exitValue(), "killed by SIGKILL");
        }

        int mailPort = ContactMailTest.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        long restarted = System.nanoTime();
        // the real clock: the claim the killed server left must not be waited out
        try (RunningApp app = RunningApp.start(content, data, Map.of(), Map.of("SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(mailPort), "SUPPORT_EMAIL", "support-team@okpay.test",
                "MAIL_FROM", "help@okpay.test"), Clock.systemUTC())) {
            assertTrue(smtp.waitForIncomingEmail(30_000, 1), "delivered by the restarted server's own sender");
            Duration took = Duration.ofNanos(System.nanoTime() - restarted);
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
            assertEquals(0, app.app().mailSender().drainOnce(), "nothing left to send");
            assertEquals(1, smtp.getReceivedMessages().length, "exactly once");
            assertEquals(reference, ContactMailTest.reference(smtp.getReceivedMessages()[0]));
            assertEquals("sent", ContactMailTest.outbox(app, reference, "support", "status"));
        } finally {
            smtp.stop();
        }
    }
}
