package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.MultipartForm;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --clamd}: a fake ClamAV daemon that speaks INSTREAM and finds the EICAR test string. An
 * infected file is refused by name with the form kept; when clamd is down the message is accepted
 * and the support mail says the files were not scanned.
 */
class ClamdScanTest {
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    static final FakeClamd clamd = FakeClamd.start();
    @RegisterExtension
    static final AppUnderTest site = AppUnderTest.fixture("fixture-site").withFlags(Map.of(
            "contact-min-fill-seconds", "0", "clamd", "127.0.0.1:" + clamd.port()));

    @AfterAll
    static void stopClamd() throws IOException {
        clamd.close();
    }

    @Test
    void anInfectedFileIsRefusedByNameAndTheFormIsKept() throws Exception {
        ContactClient visitor = new ContactClient(site.app(), "/en/contact", "127.0.0.1");
        visitor.open();
        int before = ContactTestApps.messageCount(site.app());
        HttpResponse<String> response = visitor.submit(ContactClient.validFields(), List.of(
                MultipartForm.File.of("notes.txt", SampleFiles.text()),
                MultipartForm.File.of("eicar.txt", EICAR.getBytes(StandardCharsets.US_ASCII))));
        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(List.of("eicar.txt: our virus scanner found Eicar-Test-Signature in this file, so we cannot accept it."),
                page.select("#attachments-error li").eachText());
        assertEquals(ContactClient.validFields().get("subject"), page.selectFirst("#subject").val());
        assertEquals(before, ContactTestApps.messageCount(site.app()));
        assertTrue(clamd.scanned >= 2, "every file went to clamd");
    }

    @Test
    void whenClamdIsDownTheMessageIsAcceptedAndTheMailSaysNotScanned() throws Exception {
        clamd.down = true;
        try {
            ContactClient visitor = new ContactClient(site.app(), "/contact", "127.0.0.1");
            visitor.open();
            String reference = ContactFormHttpTest.referenceOf(visitor.submit(ContactClient.validFields(),
                    List.of(MultipartForm.File.of("截图.png", SampleFiles.png()))));
            assertEquals("not-scanned", ContactTestApps.scalar(site.app(),
                    "SELECT status FROM contact_attachment WHERE reference = ?", reference));
            site.app().app().mailSender().drainOnce();
            Path eml = site.dataFolder().resolve("outbox-mail").resolve(reference + "-support.eml");
            String mail = Files.readString(eml, StandardCharsets.ISO_8859_1);
            assertTrue(mail.contains("filename*=UTF-8''"), "the file is attached");
            try (Stream<String> lines = Files.lines(eml, StandardCharsets.ISO_8859_1)) {
                assertTrue(lines.anyMatch(l -> l.startsWith("Content-Transfer-Encoding: base64")));
            }
            jakarta.mail.internet.MimeMessage parsed = new jakarta.mail.internet.MimeMessage(null,
                    Files.newInputStream(eml));
            String text = (String) ((jakarta.mail.internet.MimeMultipart) ((jakarta.mail.internet.MimeMultipart)
                    parsed.getContent()).getBodyPart(0).getContent()).getBodyPart(0).getContent();
            assertTrue(text.contains("截图.png") && text.contains("未经病毒扫描"), text);
        } finally {
            clamd.down = false;
        }
    }

    /** Answers INSTREAM like clamd: FOUND for the EICAR string, OK otherwise; or hangs up when down. */
    static final class FakeClamd implements AutoCloseable {
        private final ServerSocket server;
        volatile boolean down;
        volatile int scanned;

        private FakeClamd(ServerSocket server) {
            this.server = server;
            Thread thread = new Thread(this::serve, "fake-clamd");
            thread.setDaemon(true);
            thread.start();
        }

        static FakeClamd start() {
            try {
                return new FakeClamd(new ServerSocket(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int port() {
            return server.getLocalPort();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    if (down) {
                        continue; // hangs up without an answer, like a daemon that is not there
                    }
                    DataInputStream in = new DataInputStream(socket.getInputStream());
                    byte[] command = new byte["zINSTREAM\0".length()];
                    in.readFully(command);
                    ByteArrayOutputStream file = new ByteArrayOutputStream();
                    for (int length = in.readInt(); length > 0; length = in.readInt()) {
                        file.write(in.readNBytes(length));
                    }
                    scanned++;
                    boolean infected = file.toString(StandardCharsets.ISO_8859_1).contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");
                    socket.getOutputStream().write((infected ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0")
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the server socket closed after the tests, or a client went away: serve the next
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
