package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Requests no browser sends, from scanners, broken clients and visitors on failing networks: each
 * gets a 4xx and the site's page in the visitor's language, never a 5xx, and costs the operator's
 * log at most one INFO line.
 */
class HostileRequestsHttpTest {
    @RegisterExtension
    static final AppUnderTest site = AppUnderTest.fixture("fixture-site")
            .withEnv(Map.of("HELPCENTER_ADMIN_TOKEN", "admin-token-0123456789abcdef"));

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        root.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(lines);
    }

    @Test
    void aHostHeaderThatIsNoHostIsABadRequestWithoutAWarning() {
        for (String host : List.of("localhost:99999", "localhost:abc", "a b", "[::1", "localhost, evil.example")) {
            String answer = site.raw("GET /en/articles/account/locked HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertRefusedInEnglish(answer, 400, host);
        }
        assertRefusedInEnglish(site.raw("GET /en HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n"),
                400, "two Host headers");
        assertRefusedInEnglish(site.raw("CONNECT /en/contact HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400, "CONNECT with a path");
        // Jetty warns while it parses, before it answers: anything it logged is here by now
        assertEquals(List.of(), loud(), "a visitor's bad Host header is not the operator's problem");
    }

    @Test
    void aRequestLineThatIsNotHttp1IsABadRequestNotAServerError() {
        for (String request : List.of("GET /en HTTP/3.7\r\nHost: localhost\r\n\r\n", "GET /en HTTPS/1.1\r\nHost: localhost\r\n\r\n",
                "GET /en\r\n\r\n")) {
            String answer = site.raw(request);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), request + " answered " + head(answer));
            // Jetty refuses it before reading the target: the site's language, saying the request was not valid
            assertTrue(answer.contains("无法识别该地址"), answer);
        }
        assertEquals(List.of(), loud());
    }

    @Test
    void aFormWhoseBodyStopsComingGetsThePageInTheVisitorsLanguageAndOneQuietLine() throws InterruptedException {
        site.app().app().idleTimeout(Duration.ofSeconds(1));
        try {
            for (String path : List.of("/en/contact", "/en/articles/account/locked/feedback", "/en/admin/login")) {
                // the headers promise 100 bytes, a few come, then nothing until the connection times out
                String answer = site.raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nname=");
                assertRefusedInEnglish(answer, 408, path);
            }
        } finally {
            site.app().app().idleTimeout(Duration.ofSeconds(30));
        }
        Thread.sleep(300); // Jetty completes the exchange after the answer is sent: its warnings would come then
        assertEquals(List.of(), loud());
        assertEquals(3, events().stream().filter(e -> e.getFormattedMessage().startsWith("gave up waiting for the rest of a request")).count(),
                events().toString());
    }

    @Test
    void anUploadThatStopsComingGetsTheFormBackSayingSoAndOneLineThatSaysWhy() throws InterruptedException {
        site.app().app().idleTimeout(Duration.ofSeconds(1));
        String answer;
        try {
            answer = site.raw("POST /en/contact HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: 100000\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"a.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n");
        } finally {
            site.app().app().idleTimeout(Duration.ofSeconds(30));
        }
        assertTrue(answer.startsWith("HTTP/1.1 400 ") && answer.contains("<html lang=\"en\"") && answer.contains("contact-form"),
                head(answer));
        Thread.sleep(300); // Jetty completes the exchange after the answer is sent: its warnings would come then
        assertEquals(List.of(), loud());
        assertEquals(List.of("could not read a contact form: the upload stopped coming until the connection timed out"),
                events().stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("could not read")).toList());
    }

    @Test
    void aFormCutShortByTheVisitorIsAnUnreadableFormInTheirLanguage() throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket("localhost", site.app().app().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /en/contact HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 400\r\n\r\nname=Li&email=li%40example.com&mess")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.shutdownOutput(); // the rest never comes: the visitor's side of the connection is closed
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 400 ") && answer.contains("<html lang=\"en\"")
                && answer.contains("We could not read the form"), head(answer));
        assertEquals(List.of(), loud());
        assertEquals(List.of("could not read a contact form: the visitor went away before sending all of it"),
                events().stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("could not read")).toList());
    }

    private static void assertRefusedInEnglish(String answer, int status, String what) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), what + " answered " + head(answer));
        assertTrue(answer.contains("<html lang=\"en\"") && answer.contains("We could not read that address"),
                what + ": " + answer);
    }

    private static String head(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    private List<ILoggingEvent> events() {
        synchronized (lines) { // the appender appends under its own lock
            return List.copyOf(lines.list);
        }
    }

    private List<String> loud() {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }
}
