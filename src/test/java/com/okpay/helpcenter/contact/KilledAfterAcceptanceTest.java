package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MultipartForm;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import com.okpay.helpcenter.testing.ServerProcess;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server is a separate JVM that takes a message with attachments and is then killed with
 * SIGKILL (kill -9: no shutdown hook, no flush) before it could mail it; the next start mails it
 * with its attachments.
 */
class KilledAfterAcceptanceTest {
    @TempDir
    Path temp;

    @Test
    void aMessageAcceptedJustBeforeKill9IsMailedWithItsAttachmentsAfterTheRestart() throws Exception {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path data = temp.resolve("data");
        int port = ContactMailTest.freePort();
        int mailPort = ContactMailTest.freePort();
        // the mail server is not up yet: the mail must wait in the outbox
        Process process = startServer(content, data, port, mailPort);
        String reference;
        try {
            ServerProcess.awaitLine(process, "help center ready");
            reference = submit("http://localhost:" + port);
        } finally {
            process.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, process.exitValue(), "killed by SIGKILL");

        GreenMail smtp = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        MutableClock clock = MutableClock.fixed();
        clock.advance(Duration.ofDays(400)); // past any retry delay the killed server recorded
        try (RunningApp restarted = RunningApp.start(content, data, Map.of(), Map.of("SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(mailPort), "SUPPORT_EMAIL", "support-team@okpay.test",
                "MAIL_FROM", "help@okpay.test", "HELPCENTER_CONTACT_RETENTION_DAYS", "36500"), clock)) {
            restarted.app().mailSender().drainOnce();
            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(1, received.length);
            assertEquals(reference, ContactMailTest.reference(received[0]));
            MimeMultipart mixed = (MimeMultipart) received[0].getContent();
            List<BodyPart> files = ContactAttachmentMailTest.attachments(mixed);
            assertEquals(2, files.size());
            assertEquals("错误截图.png", files.get(0).getFileName());
            assertArrayEquals(SampleFiles.png(), ContactAttachmentMailTest.bytes(files.get(0)));
            assertArrayEquals(SampleFiles.pdf(), ContactAttachmentMailTest.bytes(files.get(1)));
        } finally {
            smtp.stop();
        }
    }

    /** The server as a JVM of its own (so it can be killed with SIGKILL), mailing support through 127.0.0.1:{@code mailPort}. */
    static Process startServer(Path content, Path data, int port, int mailPort) throws java.io.IOException {
        ProcessBuilder server = ServerProcess.builder("--content", content.toString(), "--data", data.toString(),
                "--port", Integer.toString(port), "--no-watch", "--base-url", "https://help.test.example",
                "--contact-min-fill-seconds", "0");
        server.environment().putAll(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(mailPort),
                "SUPPORT_EMAIL", "support-team@okpay.test", "MAIL_FROM", "help@okpay.test"));
        return server.start();
    }

    static String submit(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/contact")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = ContactClient.cookie("hc_csrf", form);
        Document page = Jsoup.parse(form.body());
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("form.contact-form input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.put("website", "");
        fields.putAll(ContactClient.validFields());
        byte[] body = new MultipartForm().fields(fields)
                .file("attachments", new MultipartForm.File("错误截图.png", "image/png", SampleFiles.png()))
                .file("attachments", MultipartForm.File.of("账单.pdf", SampleFiles.pdf())).body();
        HttpResponse<String> sent = client.send(HttpRequest.newBuilder(URI.create(base + "/contact"))
                .header("Content-Type", MultipartForm.contentType()).header("Cookie", "hc_csrf=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return ContactFormHttpTest.referenceOf(sent);
    }
}
