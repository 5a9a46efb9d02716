package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.MultipartForm;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Every bad attachment gets the form back with everything typed, the files to choose again by
 * name, and why each was refused, in the visitor's language; nothing is stored.
 */
class ContactAttachmentHttpTest {
    @RegisterExtension
    static final LenientContactSite site = new LenientContactSite("198.51.100.");
    static final int MB = 1024 * 1024;

    @Test
    void theFormOffersAFileInputAndWorksAsMultipartWithoutJavaScript() throws SQLException {
        ContactClient visitor = site.visitor("/contact");
        Document form = visitor.open();
        assertEquals("multipart/form-data", form.selectFirst("form.contact-form").attr("enctype"));
        assertNotNull(form.selectFirst("input[type=file][name=attachments][multiple]"));
        assertTrue(form.selectFirst("#attachments-hint").text().contains("5 MB"));
        String reference = ContactFormHttpTest.referenceOf(visitor.submit(ContactClient.validFields(),
                List.of(MultipartForm.File.of("截图.png", SampleFiles.png()))));
        assertEquals("截图.png", ContactTestApps.scalar(site.app(), "SELECT file_name FROM contact_attachment WHERE reference = ?",
                reference));
        assertEquals("image/png", ContactTestApps.scalar(site.app(), "SELECT media_type FROM contact_attachment WHERE reference = ?",
                reference));
        assertTrue(visitor.submit(ContactClient.validFields(), List.of()).statusCode() == 303, "no file at all is fine");
    }

    @Test
    void aRenamedExecutableIsRefusedByItsBytes() throws Exception {
        Document page = refused(List.of(new MultipartForm.File("screenshot.png", "image/png", SampleFiles.exe())),
                "/contact");
        assertTrue(problems(page).contains("screenshot.png: 我们只接受 PNG"), problems(page));
    }

    @Test
    void svgAndHtmlAreNotPlainText() throws Exception {
        Document page = refused(List.of(new MultipartForm.File("logo.svg", "image/svg+xml", SampleFiles.svg()),
                new MultipartForm.File("page.txt", "text/plain", SampleFiles.html())), "/en/contact");
        assertTrue(problems(page).contains("logo.svg: we accept only PNG"), problems(page));
        assertTrue(problems(page).contains("page.txt: we accept only PNG"), problems(page));
    }

    @Test
    void aZipBombNamedPdfIsRefusedWithoutBeingOpened() throws Exception {
        Document page = refused(List.of(new MultipartForm.File("invoice.pdf", "application/pdf", SampleFiles.zipBomb())),
                "/en/contact");
        assertTrue(problems(page).contains("invoice.pdf: we accept only"), problems(page));
    }

    @Test
    void aFileOverTheLimitTooManyFilesAndTooMuchTogetherAreRefused() throws Exception {
        byte[] big = Arrays.copyOf(SampleFiles.pdf(), 5 * MB + 1);
        Document large = refused(List.of(MultipartForm.File.of("big.pdf", big)), "/en/contact");
        assertTrue(problems(large).contains("big.pdf: this file is larger than 5 MB"), problems(large));

        byte[] text = SampleFiles.text();
        Document many = refused(List.of(MultipartForm.File.of("1.txt", text), MultipartForm.File.of("2.txt", text),
                MultipartForm.File.of("3.txt", text), MultipartForm.File.of("4.txt", text)), "/en/contact");
        assertTrue(problems(many).contains("Please choose at most 3 files."), problems(many));

        byte[] five = Arrays.copyOf(SampleFiles.pdf(), 5 * MB);
        Document total = refused(List.of(MultipartForm.File.of("a.pdf", five), MultipartForm.File.of("b.pdf", five),
                MultipartForm.File.of("c.txt", text)), "/en/contact");
        assertTrue(problems(total).contains("The files together are larger than 10 MB"), problems(total));
    }

    @Test
    void fileNamesWithPathsControlCharactersOrThreeHundredCharactersAreRefused() throws Exception {
        for (String name : new String[] {"x".repeat(296) + ".png", "..\\..\\windows\\a.png", "carriage%0Dreturn.png", "line%0Abreak.png"}) {
            Document page;
            try {
                page = refused(List.of(MultipartForm.File.of(name, SampleFiles.png())), "/en/contact");
            } catch (AssertionError e) {
                throw new AssertionError("for " + name.length() + " chars: " + name.substring(0, Math.min(12, name.length())), e);
            }
            assertTrue(problems(page).contains("the file name contains characters we cannot accept"),
                    name + ": " + problems(page));
        }
    }

    @Test
    void anUploadFarOverTheLimitIsRefusedBeforeItIsReadAndLeavesNothingOnDisk() throws Exception {
        ContactClient visitor = site.visitor("/en/contact");
        visitor.open();
        // only the headers go out: the answer must come without the server waiting for 30 MB
        String head = "POST /en/contact HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + MultipartForm.contentType()
                + "\r\nContent-Length: " + 30 * MB + "\r\nCookie: hc_csrf=" + visitor.cookie()
                + "\r\nConnection: close\r\n\r\n";
        String answer;
        try (java.net.Socket socket = new java.net.Socket("localhost", site.app().app().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer.lines().findFirst().orElse(""));
        Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertTrue(page.selectFirst(".contact-alert").text().contains("larger than the 10 MB"), page.text());
        assertNotNull(page.selectFirst("form.contact-form"), "the form, to fill in again");
        assertEquals(List.of(), uploadsLeft());
    }

    @Test
    void aTruncatedMultipartBodyGetsTheFormBackSayingSo() throws Exception {
        int before = ContactTestApps.messageCount(site.app());
        ContactClient visitor = site.visitor("/contact");
        visitor.open();
        byte[] body = new MultipartForm().fields(ContactClient.validFields())
                .file("attachments", MultipartForm.File.of("a.png", SampleFiles.png())).body();
        HttpResponse<String> response = visitor.postMultipart(Arrays.copyOf(body, body.length - 200));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Jsoup.parse(response.body()).selectFirst(".contact-alert").text().contains("不完整"));
        assertEquals(before, ContactTestApps.messageCount(site.app()));
    }

    @Test
    void aVisitorWhoGoesAwayMidUploadCostsOneQuietLineAndLeavesNothingOnDisk() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        try {
            ContactClient visitor = site.visitor("/en/contact");
            visitor.open();
            byte[] body = new MultipartForm().fields(ContactClient.validFields())
                    .file("attachments", MultipartForm.File.of("a.pdf", Arrays.copyOf(SampleFiles.pdf(), 3 * MB))).body();
            for (int i = 0; i < 3; i++) {
                try (java.net.Socket socket = new java.net.Socket("localhost", site.app().app().port())) {
                    // the headers promise the whole form; two thirds of it come, then the connection closes
                    socket.getOutputStream().write(("POST /en/contact HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            + MultipartForm.contentType() + "\r\nContent-Length: " + body.length + "\r\nCookie: hc_csrf="
                            + visitor.cookie() + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    socket.getOutputStream().write(body, 0, body.length * 2 / 3);
                    socket.getOutputStream().flush();
                }
                awaitCount(lines, "could not read a contact form", i + 1);
            }
            assertEquals(200, site.app().get("/en/contact").statusCode(), "the next visitor is served");
            List<String> loud = events(lines).stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
            assertEquals(List.of(), loud, "a visitor going away is not a warning");
            assertTrue(events(lines).stream().anyMatch(e -> e.getFormattedMessage().endsWith("the visitor went away before sending all of it")));
            assertEquals(List.of(), uploadsLeft());
        } finally {
            root.detachAppender(lines);
        }
    }

    private static List<ILoggingEvent> events(ListAppender<ILoggingEvent> lines) {
        synchronized (lines) { // the appender appends under its own lock
            return List.copyOf(lines.list);
        }
    }

    /** Waits until {@code count} lines hold {@code part}, and for the response that follows the last to finish. */
    private static void awaitCount(ListAppender<ILoggingEvent> lines, String part, int count) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (events(lines).stream().filter(e -> e.getFormattedMessage().contains(part)).count() < count) {
            assertTrue(System.nanoTime() < deadline, "no line with: " + part);
            Thread.sleep(10);
        }
        Thread.sleep(300); // Jetty completes the exchange after the handler returns: its warnings came then
    }

    /** Posts valid fields with these files; asserts the form came back refilled, naming the files. */
    private static Document refused(List<MultipartForm.File> files, String path) throws SQLException {
        int before = ContactTestApps.messageCount(site.app());
        ContactClient visitor = site.visitor(path);
        visitor.open();
        Map<String, String> fields = ContactClient.validFields();
        HttpResponse<String> response = visitor.submit(fields, files);
        assertEquals(422, response.statusCode(), response.body());
        Document page = Jsoup.parse(response.body());
        assertEquals(fields.get("subject"), page.selectFirst("#subject").val());
        assertEquals(fields.get("name"), page.selectFirst("#name").val());
        assertEquals(fields.get("message"), page.selectFirst("#message").wholeText());
        assertNotNull(page.selectFirst(".error-summary a[href=#attachments]"));
        assertEquals("true", page.selectFirst("#attachments").attr("aria-invalid"));
        List<String> again = page.select(".choose-again li").eachText();
        assertEquals(files.size(), again.size(), again.toString());
        assertEquals(before, ContactTestApps.messageCount(site.app()), "nothing stored");
        return page;
    }

    private static String problems(Document page) {
        return page.select("#attachments-error li").eachText().toString();
    }

    private static List<Path> uploadsLeft() throws IOException {
        Path uploads = site.folder().resolve("data/uploads");
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.toList();
        }
    }
}
