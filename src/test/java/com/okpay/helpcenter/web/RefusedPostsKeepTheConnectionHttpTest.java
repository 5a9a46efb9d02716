package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A post refused before its form is read still leaves its connection usable, as a client that
 * sends the headers and the body in two writes (Java's HttpClient, a streaming proxy) expects:
 * the answer does not say {@code Connection: close}, so the client's next request goes out on
 * the same connection, and a POST there would fail, not be retried.
 */
class RefusedPostsKeepTheConnectionHttpTest {
    @RegisterExtension
    static final AppUnderTest site = AppUnderTest.fixture("fixture-site");

    @Test
    void theNextRequestOnTheConnectionIsAnsweredWhenTheBodyCameAfterTheAnswerWasDecided() throws Exception {
        record Refused(String path, String origin, int status) {
        }
        for (Refused refused : List.of(
                new Refused("/admin/login", null, 404), // no admin token configured: no admin pages
                new Refused("/hooks/content", null, 404), // no git content
                new Refused("/en/articles/account/locked", null, 405),
                new Refused("/nope/nope/nope", null, 404),
                new Refused("/en/articles/account/locked/feedback", "https://evil.example", 403))) {
            try (Socket socket = new Socket("localhost", site.app().app().port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + refused.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                        + (refused.origin() == null ? "" : "Origin: " + refused.origin() + "\r\n")
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(150); // the server has had every chance to answer before the body comes
                out.write("helpful=1".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = readAnswer(in);
                assertTrue(answer.startsWith("HTTP/1.1 " + refused.status() + " "), refused + ": " + answer);
                out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String next = readAnswer(in);
                assertTrue(next.startsWith("HTTP/1.1 200 "), refused + ": the next request got " + next);
            }
        }
    }

    /**
     * A form over the size limit: its body is read to the end before the friendly 413 goes out,
     * so the answer arrives rather than a reset of the connection the body is still coming in on.
     */
    @Test
    void anOversizedFormGetsItsAnswerAndTheConnectionStaysUsable() throws Exception {
        byte[] body = ("message=" + "%E6%AC%BE".repeat(20_000)).getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket("localhost", site.app().app().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /contact HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // the body comes slowly, as from a visitor's upload: still coming when the answer is decided
            for (int sent = 0; sent < body.length; sent += 16 * 1024) {
                Thread.sleep(20);
                out.write(body, sent, Math.min(16 * 1024, body.length - sent));
                out.flush();
            }
            InputStream in = socket.getInputStream();
            String answer = readAnswer(in);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String next = readAnswer(in);
            assertTrue(next.startsWith("HTTP/1.1 200 "), "the next request got " + next);
        }
    }

    @Test
    void aClientWaitingForContinueGetsTheAnswerWithoutSendingItsBody() throws Exception {
        try (Socket socket = new Socket("localhost", site.app().app().port())) {
            socket.setSoTimeout(5_000); // reading the body instead would wait for the idle timeout, 30 s
            OutputStream out = socket.getOutputStream();
            out.write(("POST /nope/nope/nope HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 404 "), answer);
        }
    }

    /** One answer's head and body (by its Content-Length), or what came before the connection closed. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (b == -1) {
            return text.isEmpty() ? "(connection closed)" : text;
        }
        long length = text.lines().map(line -> line.toLowerCase(Locale.ROOT))
                .filter(line -> line.startsWith("content-length:"))
                .mapToLong(line -> Long.parseLong(line.substring(15).trim())).findFirst().orElse(0);
        assertEquals(length, in.readNBytes((int) length).length, "the whole body of " + text);
        return text;
    }
}
