package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MultipartForm;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import com.okpay.helpcenter.testing.TestDatabases;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments from the form to the support mailbox (GreenMail), on SQLite and on PostgreSQL:
 * what arrives, what the customer's photos lose on the way, and that they go with their message.
 */
class ContactAttachmentMailTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();
    @RegisterExtension
    static final SupportMailbox mail = new SupportMailbox();
    @TempDir
    static Path temp;
    static Path content;
    static int apps;

    @BeforeAll
    static void copyContent() throws IOException {
        content = Fixtures.copy("fixture-site", temp.resolve("content"));
    }

    /** The app's settings for one database of that vendor: flags (--name) and environment. */
    static Map<String, String> on(String vendor, Path data) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("--data", data.toString()));
        if (vendor.equals(TestDatabases.POSTGRESQL)) {
            settings.put("--db-url", databases.postgresUrl());
            settings.put("--db-user", "postgres");
        }
        return settings;
    }

    static RunningApp app(Map<String, String> settings, MutableClock clock) {
        Map<String, String> more = new HashMap<>(settings);
        return ContactMailTest.app(content, Path.of(more.remove("--data")), mail.port(), clock, more);
    }

    static String send(RunningApp app, List<MultipartForm.File> files) {
        ContactClient visitor = new ContactClient(app, "/contact", "127.0.0.1");
        visitor.open();
        return ContactFormHttpTest.referenceOf(visitor.submit(ContactClient.validFields(), files));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.SQLITE, TestDatabases.POSTGRESQL})
    void chineseNamedScreenshotsAndAPdfArriveAsAttachmentsWithoutTheirMetadataAndAreForgottenOnRequest(String vendor)
            throws Exception {
        Map<String, String> settings = on(vendor, temp.resolve("data-" + vendor + "-" + (++apps)));
        String reference;
        try (RunningApp app = app(settings, MutableClock.fixed())) {
            reference = send(app, List.of(new MultipartForm.File("支付失败截图 2026-11-29.png", "image/png",
                            SampleFiles.pngWithMetadata()), new MultipartForm.File("账单.pdf", "application/pdf",
                            SampleFiles.pdf()), new MultipartForm.File("照片.jpg", "image/jpeg", SampleFiles.jpegWithGps())));
            app.app().mailSender().drainOnce();

            MimeMessage support = only(mail.server().getReceivedMessages());
            assertEquals(reference, ContactMailTest.reference(support));
            MimeMultipart mixed = (MimeMultipart) support.getContent();
            assertTrue(mixed.getContentType().startsWith("multipart/mixed"), mixed.getContentType());
            String text = (String) ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(0).getContent();
            assertTrue(text.contains("支付失败截图 2026-11-29.png (image/png"), text);
            List<BodyPart> files = attachments(mixed);
            assertEquals(List.of("支付失败截图 2026-11-29.png", "账单.pdf", "照片.jpg"),
                    files.stream().map(ContactAttachmentMailTest::fileName).toList());
            assertTrue(String.join("\n", files.get(0).getHeader("Content-Disposition")).contains("filename*=UTF-8''"),
                    "RFC 2231: " + String.join("\n", files.get(0).getHeader("Content-Disposition")));
            assertTrue(files.get(0).isMimeType("image/png") && files.get(1).isMimeType("application/pdf"));
            assertArrayEquals(SampleFiles.png(), bytes(files.get(0)), "the PNG minus its text and time chunks");
            assertArrayEquals(SampleFiles.pdf(), bytes(files.get(1)), "the PDF unchanged");
            assertArrayEquals(SampleFiles.jpegWithOrientationOnly(), bytes(files.get(2)), "the JPEG without GPS");
            assertTrue(!new String(bytes(files.get(2)), StandardCharsets.ISO_8859_1).contains(SampleFiles.SERIAL));
            assertEquals("3", ContactTestApps.scalar(app, "SELECT COUNT(*) FROM contact_attachment WHERE reference = ?",
                    reference));
        }

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("forget", "--email", "Zhang.San@EXAMPLE.com"));
        settings.forEach((key, value) -> {
            if (key.startsWith("--")) {
                args.add(key);
                args.add(value);
            }
        });
        int status = com.okpay.helpcenter.MainAccess.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, output);
        assertTrue(output.contains("erased 1 contact message(s)") && output.contains("3 attachment(s)")
                && output.contains(reference), output);
        try (RunningApp app = app(settings, MutableClock.fixed())) {
            for (String table : new String[] {"contact_message", "contact_outbox", "contact_attachment",
                "contact_attachment_chunk"}) {
                assertEquals("0", ContactTestApps.scalar(app, "SELECT COUNT(*) FROM " + table), table);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.SQLITE, TestDatabases.POSTGRESQL})
    void messagesAndTheirFilesGoAfterTheRetentionPeriodButNeverBeforeTheirMailIsSent(String vendor) throws Exception {
        MutableClock clock = MutableClock.fixed();
        Map<String, String> settings = on(vendor, temp.resolve("data-" + vendor + "-" + (++apps)));
        settings.put("--contact-retention-days", "30");
        try (RunningApp app = app(settings, clock)) {
            String sent = send(app, List.of(MultipartForm.File.of("a.txt", SampleFiles.text())));
            app.app().mailSender().drainOnce();
            String unsent = send(app, List.of(MultipartForm.File.of("b.png", SampleFiles.png())));
            ContactMailTest.execute(app, "UPDATE contact_outbox SET status = 'failed' WHERE reference = '" + unsent + "'");
            clock.advance(Duration.ofDays(29));
            assertEquals(0, app.app().contactRetention().purge());
            clock.advance(Duration.ofDays(2));
            assertEquals(1, app.app().contactRetention().purge());
            assertEquals(null, ContactTestApps.scalar(app, "SELECT reference FROM contact_message WHERE reference = ?", sent));
            assertEquals("0", ContactTestApps.scalar(app, "SELECT COUNT(*) FROM contact_attachment_chunk WHERE reference = ?", sent));
            assertEquals(unsent, ContactTestApps.scalar(app, "SELECT reference FROM contact_message"));
            assertEquals("1", ContactTestApps.scalar(app, "SELECT COUNT(*) FROM contact_attachment_chunk WHERE reference = ?", unsent));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.SQLITE})
    void beyondTheStoreLimitTheFilesAreNotKeptButTheMessageIsAndSupportIsTold(String vendor) throws Exception {
        Map<String, String> settings = on(vendor, temp.resolve("data-" + vendor + "-" + (++apps)));
        settings.put("--contact-attachments-store", "1KB");
        try (RunningApp app = app(settings, MutableClock.fixed())) {
            String reference = send(app, List.of(MultipartForm.File.of("截图.png", SampleFiles.png())));
            assertEquals("not-kept", ContactTestApps.scalar(app, "SELECT status FROM contact_attachment WHERE reference = ?",
                    reference));
            assertEquals("0", ContactTestApps.scalar(app, "SELECT COUNT(*) FROM contact_attachment_chunk"));
            app.app().mailSender().drainOnce();
            MimeMessage support = only(mail.server().getReceivedMessages());
            MimeMultipart body = (MimeMultipart) support.getContent();
            assertTrue(body.getContentType().startsWith("multipart/alternative"), "nothing attached");
            String text = (String) body.getBodyPart(0).getContent();
            assertTrue(text.contains("截图.png") && text.contains("附件存储已满"), text);
        }
    }

    static MimeMessage only(MimeMessage[] received) {
        assertEquals(1, received.length);
        return received[0];
    }

    static List<BodyPart> attachments(MimeMultipart mixed) throws Exception {
        List<BodyPart> files = new ArrayList<>();
        for (int i = 1; i < mixed.getCount(); i++) {
            assertEquals(Part.ATTACHMENT, mixed.getBodyPart(i).getDisposition());
            files.add(mixed.getBodyPart(i));
        }
        return files;
    }

    static String fileName(BodyPart part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(BodyPart part) throws Exception {
        return part.getInputStream().readAllBytes();
    }
}
