package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path, form to mailbox, against an in-process SMTP server (GreenMail): what support
 * receives, and that nothing is lost or doubled when the mail server, the app or the database
 * fails along the way.
 */
class ContactMailTest {
    static final String SUPPORT = SupportMailbox.ADDRESS;
    @RegisterExtension
    static final SupportMailbox mail = new SupportMailbox();
    @TempDir
    static Path temp;
    static Path content;

    @BeforeAll
    static void copyContent() throws IOException {
        content = Fixtures.copy("fixture-site", temp.resolve("content"));
    }

    static RunningApp app(String data, int smtpPort, MutableClock clock, Map<String, String> more) {
        return app(content, temp.resolve(data), smtpPort, clock, more);
    }

    /** The app over {@code content}, mailing support through the SMTP server on {@code smtpPort}. */
    static RunningApp app(Path content, Path data, int smtpPort, MutableClock clock, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(smtpPort),
                "SMTP_USER", "mailer", "SMTP_PASSWORD", "s3cret", "SMTP_ALLOW_PLAINTEXT", "true", "SUPPORT_EMAIL", SUPPORT,
                "MAIL_FROM", "OKpay 帮助中心 <help@okpay.test>", "HELPCENTER_CONTACT_MIN_FILL_SECONDS", "0"));
        Map<String, String> flags = new HashMap<>();
        more.forEach((key, value) -> (key.startsWith("--") ? flags : env).put(key.replaceFirst("^--", ""), value));
        return RunningApp.start(content, data, flags, env, clock);
    }

    static String submit(RunningApp app, String path, Map<String, String> fields) {
        ContactClient visitor = new ContactClient(app, path, "127.0.0.1");
        visitor.open();
        return ContactFormHttpTest.referenceOf(visitor.submit(fields));
    }

    static Map<String, String> refund() {
        Map<String, String> fields = ContactClient.validFields();
        fields.putAll(Map.of("topic", "refund", "subject", "我的退款还没有到账", "transaction_date", "2026-11-20",
                "amount", "99.50", "transaction_id", "TX-20261120-0042",
                "message", "订单 <b>12345</b> 的退款 & 还没到。\r\n请帮忙查一下。"));
        return fields;
    }

    @Test
    void supportReceivesEveryFieldWithReplyToTheCustomerAndAnEncodedChineseSubject() throws Exception {
        try (RunningApp app = app("data-e2e", mail.server().getSmtp().getPort(), MutableClock.fixed(), Map.of())) {
            Map<String, String> fields = refund();
            fields.put("article", "/en/articles/account/locked");
            String reference = submit(app, "/en/contact", fields);
            app.app().mailSender().drainOnce();

            MimeMessage[] received = mail.server().getReceivedMessages();
            assertEquals(1, received.length);
            MimeMessage mail = received[0];
            assertArrayEquals(new InternetAddress[] {new InternetAddress(SUPPORT)}, mail.getRecipients(Message.RecipientType.TO));
            assertNull(mail.getRecipients(Message.RecipientType.CC));
            InternetAddress replyTo = (InternetAddress) mail.getReplyTo()[0];
            assertEquals("zhang.san@example.com", replyTo.getAddress());
            assertEquals("张三", replyTo.getPersonal());
            assertEquals("OKpay 帮助中心", ((InternetAddress) mail.getFrom()[0]).getPersonal());
            assertEquals("[" + reference + "] 退款: 我的退款还没有到账", mail.getSubject());
            String rawSubject = mail.getHeader("Subject")[0];
            assertTrue(rawSubject.chars().allMatch(c -> c < 128) && rawSubject.contains("=?UTF-8?"), rawSubject);
            assertEquals(reference, mail.getHeader("X-Helpcenter-Reference")[0]);
            assertEquals("<" + reference + ".support@okpay.test>", mail.getMessageID());

            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertTrue(parts.getContentType().startsWith("multipart/alternative"));
            String text = (String) parts.getBodyPart(0).getContent();
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
            for (String line : new String[] {"工单编号: " + reference, "提交时间: 2026-11-25 04:00 UTC", "语言: en",
                    "问题类型: 退款 (refund)", "您的姓名: 张三", "电子邮箱: zhang.san@example.com", "主题: 我的退款还没有到账",
                    "交易日期: 2026-11-20", "金额: 99.50", "交易号或订单号: TX-20261120-0042",
                    "来自文章: https://help.test.example/en/articles/account/locked",
                    "问题描述:\n订单 <b>12345</b> 的退款 & 还没到。\n请帮忙查一下。"}) {
                assertTrue(text.replace("\r\n", "\n").contains(line), line + " in\n" + text);
            }
            String html = (String) parts.getBodyPart(1).getContent();
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
            assertTrue(html.contains("订单 &lt;b&gt;12345&lt;/b&gt; 的退款 &amp; 还没到。"), html);
            assertTrue(html.contains(reference));
            assertEquals("sent", outbox(app, reference, "support", "status"));
            assertEquals(0, app.app().mailSender().drainOnce(), "nothing is sent twice");
        }
    }

    @Test
    void confirmationGoesToTheCustomerInTheirLanguageWithNothingTheyTyped() throws Exception {
        try (RunningApp app = app("data-confirm", mail.server().getSmtp().getPort(), MutableClock.fixed(),
                Map.of("CONTACT_CONFIRMATION", "true"))) {
            String reference = submit(app, "/en/contact", refund());
            app.app().mailSender().drainOnce();
            assertEquals(2, mail.server().getReceivedMessages().length);
            assertEquals("sent", outbox(app, reference, "confirmation", "status"));
            MimeMessage receipt = Arrays.stream(mail.server().getReceivedMessages())
                    .filter(m -> header(m, "Auto-Submitted") != null).findFirst().orElseThrow();
            assertEquals("zhang.san@example.com", receipt.getAllRecipients()[0].toString());
            assertEquals("We received your message (" + reference + ")", receipt.getSubject());
            assertEquals(SUPPORT, receipt.getReplyTo()[0].toString());
            String text = (String) ((MimeMultipart) receipt.getContent()).getBodyPart(0).getContent();
            assertTrue(text.contains(reference) && text.contains("Refund") && text.contains("1-3 business days"), text);
            assertFalse(text.contains("退款还没") || text.contains("张三") || text.contains("12345"),
                    "a receipt cannot carry a stranger's text to whatever address was typed");
        }
    }

    @Test
    void aMessageSubmittedWhileTheMailServerIsDownArrivesExactlyOnceWhenItIsBack() throws Exception {
        int port = freePort();
        MutableClock clock = MutableClock.fixed();
        GreenMail late = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try (RunningApp app = app("data-down", port, clock, Map.of())) {
            String reference = submit(app, "/contact", ContactClient.validFields());
            assertEquals(0, app.app().mailSender().drainOnce());
            assertEquals("pending", outbox(app, reference, "support", "status"));
            assertEquals("1", outbox(app, reference, "support", "attempts"));
            assertTrue(outbox(app, reference, "support", "last_error").contains("onnect"));

            late.start();
            app.app().mailSender().drainOnce();
            assertEquals(0, late.getReceivedMessages().length, "waits for its backoff");
            clock.advance(Duration.ofSeconds(30));
            app.app().mailSender().drainOnce();
            assertEquals(1, late.getReceivedMessages().length);
            clock.advance(Duration.ofHours(2));
            app.app().mailSender().drainOnce();
            assertEquals(1, late.getReceivedMessages().length, "exactly once");
            assertEquals("sent", outbox(app, reference, "support", "status"));
        } finally {
            late.stop();
        }
    }

    @Test
    void messagesLeftBehindByAnAppThatDiedAreDeliveredByTheNextOne() throws Exception {
        MutableClock clock = MutableClock.fixed();
        String waiting;
        String midSend;
        try (RunningApp first = app("data-restart", freePort(), clock, Map.of())) {
            waiting = submit(first, "/contact", ContactClient.validFields());
            midSend = submit(first, "/en/contact", refund());
            first.app().mailSender().drainOnce();
            // as a sender killed between claiming a mail and recording the result leaves it
            // (its lease still minutes away, as with the 5-minute lease of old)
            execute(first, "UPDATE contact_outbox SET status = 'sending', claimed_by = 'a-dead-run', next_attempt_at = "
                    + clock.instant().plus(Duration.ofMinutes(5)).toEpochMilli() + " WHERE reference = '" + midSend + "'");
        }
        clock.advance(Duration.ofMinutes(1)); // the failed first try of the other mail is due again
        try (RunningApp second = app("data-restart", mail.server().getSmtp().getPort(), clock, Map.of())) {
            second.app().mailSender().drainOnce();
            assertEquals("sent", outbox(second, waiting, "support", "status"));
            assertEquals("sent", outbox(second, midSend, "support", "status"),
                    "the only instance on a SQLite file takes its own dead claims back at start, not after the lease");
            clock.advance(Duration.ofHours(1));
            assertEquals(0, second.app().mailSender().drainOnce());
            assertEquals(java.util.Set.of(waiting, midSend), Arrays.stream(mail.server().getReceivedMessages())
                    .map(ContactMailTest::reference).collect(java.util.stream.Collectors.toSet()));
            assertEquals(2, mail.server().getReceivedMessages().length);
        }
    }

    @Test
    void whenTheDatabaseCannotStoreTheMessageTheVisitorIsAskedToTryAgainWithTheirTextKept() throws Exception {
        Path data = temp.resolve("data-locked");
        String url = "jdbc:sqlite:" + data.resolve("helpcenter.db");
        try (RunningApp app = app("data-locked", mail.server().getSmtp().getPort(), MutableClock.fixed(),
                Map.of("--db-url", url + "?busy_timeout=200"))) {
            ContactClient visitor = new ContactClient(app, "/contact", "127.0.0.1");
            visitor.open();
            HttpResponse<String> refused;
            try (Connection lock = DriverManager.getConnection(url); Statement statement = lock.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                refused = visitor.submit(refund());
                statement.execute("ROLLBACK");
            }
            assertEquals(503, refused.statusCode());
            assertTrue(refused.headers().firstValue("Location").isEmpty());
            assertNull(ContactClient.cookie("hc_contact_sent", refused), "no receipt: nothing was accepted");
            Document page = Jsoup.parse(refused.body());
            assertTrue(page.selectFirst(".contact-alert").text().contains("暂时无法保存"));
            assertEquals("我的退款还没有到账", page.selectFirst("#subject").val());
            assertEquals(refund().get("message"), page.selectFirst("#message").wholeText());
            assertEquals(0, ContactTestApps.messageCount(app));

            visitor.remember(refused);
            String reference = ContactFormHttpTest.referenceOf(visitor.submit(refund()));
            app.app().mailSender().drainOnce();
            assertEquals(1, mail.server().getReceivedMessages().length);
            assertEquals(reference, mail.server().getReceivedMessages()[0].getHeader("X-Helpcenter-Reference")[0]);
        }
    }

    @Test
    void whenTheDiskHasNoRoomLeftTheVisitorIsAskedToTryAgainAndTakenMessagesStillGoOut() throws Exception {
        Path data = temp.resolve("data-full");
        java.nio.file.Files.createDirectories(data);
        long free = java.nio.file.Files.getFileStore(data).getUsableSpace();
        // a reserve above what this disk has free: the disk is "full" for new messages
        String reserve = (free / AttachmentSettings.MB + 1024) + "MB";
        try (RunningApp app = app("data-full", mail.server().getSmtp().getPort(), MutableClock.fixed(),
                Map.of("--contact-min-free", reserve))) {
            ContactClient visitor = new ContactClient(app, "/contact", "127.0.0.1");
            visitor.open();
            HttpResponse<String> refused = visitor.submit(refund());
            assertEquals(503, refused.statusCode());
            assertNull(ContactClient.cookie("hc_contact_sent", refused), "no receipt: nothing was accepted");
            Document page = Jsoup.parse(refused.body());
            assertTrue(page.selectFirst(".contact-alert").text().contains("暂时无法保存"));
            assertEquals("我的退款还没有到账", page.selectFirst("#subject").val(), "the visitor's text is kept");
            assertEquals(0, ContactTestApps.messageCount(app));
        }
    }

    static String reference(MimeMessage mail) {
        return header(mail, "X-Helpcenter-Reference");
    }

    static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String outbox(RunningApp app, String reference, String kind, String column) throws SQLException {
        return ContactTestApps.scalar(app, "SELECT " + column + " FROM contact_outbox WHERE reference = ? AND kind = ?",
                reference, kind);
    }

    static void execute(RunningApp app, String sql) throws SQLException {
        try (Connection connection = app.app().database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
