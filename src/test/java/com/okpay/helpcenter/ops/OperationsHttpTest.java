package com.okpay.helpcenter.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What an operator watches: liveness, readiness, metrics, the access log, and a graceful stop. */
class OperationsHttpTest {
    static final String TOKEN = "metrics-token-0123456789";

    @RegisterExtension
    static final AppUnderTest site = AppUnderTest.fixture("fixture-site")
            .withFlags(Map.of("metrics-port", "0", "access-log", "json"))
            .withEnv(Map.of("HELPCENTER_METRICS_TOKEN", TOKEN));
    @TempDir
    Path temp;

    @Test
    void healthIsLivenessAndReadyNamesTheDatabase() {
        HttpResponse<String> health = site.get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().startsWith("{\"status\":\"ok\""), health.body());
        HttpResponse<String> ready = site.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\":\"up\""), ready.body());
        assertTrue(health.headers().allValues("Set-Cookie").isEmpty(), "machines get no cookies");
    }

    @Test
    void metricsNeedTheTokenAndShowRequestsSearchesOutboxAndJvm() {
        assertEquals(404, site.get("/metrics").statusCode());
        assertEquals(404, site.get("/metrics", Map.of("Authorization", "Bearer wrong-token-0123456789")).statusCode());
        site.get("/search?q=tuikuan");
        site.get("/api/search?q=tui");
        site.get("/no/such/page/" + System.nanoTime());
        HttpResponse<String> metrics = site.get("/metrics", Map.of("Authorization", "Bearer " + TOKEN));
        assertEquals(200, metrics.statusCode());
        String text = metrics.body();
        for (String expected : List.of("helpcenter_http_requests_seconds_count{route=\"/search\",status=\"200\"}",
                "helpcenter_http_requests_seconds_bucket{route=\"/search\",status=\"200\",le=\"0.05\"}",
                "route=\"unmatched\",status=\"404\"", "helpcenter_search_seconds_count{kind=\"page\"}",
                "helpcenter_search_seconds_count{kind=\"instant\"}", "helpcenter_outbox_pending ",
                "helpcenter_outbox_oldest_age_seconds ", "helpcenter_mail_delivered_total ",
                "helpcenter_mail_failures_total ", "helpcenter_insights_dropped_total ", "helpcenter_database_up 1.0",
                "jvm_memory_used_bytes", "jvm_gc_", "process_uptime_seconds")) {
            assertTrue(text.contains(expected), "missing " + expected);
        }
        assertFalse(text.contains("tuikuan"), "one series per route, never per URL");
    }

    @Test
    void theMetricsPortServesMetricsWithoutTokenAndNothingElse() throws Exception {
        int port = site.app().app().metricsPort().orElseThrow();
        var client = java.net.http.HttpClient.newHttpClient();
        var ok = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("helpcenter_outbox_pending"));
        var other = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode());
    }

    @Test
    void theAccessLogIsOneJsonLineWithoutAddressOrQueryText() {
        Logger access = (Logger) LoggerFactory.getLogger("access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        String line;
        try {
            site.get("/search?q=secret+words", Map.of("X-Forwarded-For", "203.0.113.77"));
            // the line is written once the response is complete, which the client may see first
            line = awaitLine(lines, "\"route\":\"/search\"");
        } finally {
            access.detachAppender(lines);
        }
        assertTrue(line.startsWith("{\"method\":\"GET\",\"route\":\"/search\",\"path\":\"/search\",\"status\":200,\"ms\":"), line);
        assertFalse(line.contains("secret") || line.contains("203.0.113") || line.contains("127.0.0.1"), line);
    }

    @Test
    void aDatabaseOutageKeepsThePagesAndShowsInReadiness() throws Exception {
        try (RunningApp app = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content")), temp.resolve("data"))) {
            app.app().database().close(); // as if the database went away
            app.app().databaseProbe().check();
            HttpResponse<String> ready = app.get("/health/ready");
            assertEquals(200, ready.statusCode(), "readers still get pages");
            assertTrue(ready.body().contains("\"database\":\"down\""), ready.body());
            assertEquals(200, app.get("/articles/account/locked").statusCode());
        }
    }

    @Test
    void onShutdownARequestInFlightFinishesAndReadinessSaysSo() throws Exception {
        RunningApp app = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content2")), temp.resolve("data2"),
                Map.of("contact-min-fill-seconds", "0"), Map.of());
        String body = "name=a";
        try (Socket socket = new Socket("localhost", app.app().port())) {
            OutputStream out = socket.getOutputStream();
            // the headers and half the body: the request is in flight when the stop begins
            out.write(("POST /contact HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\nname").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(2000); // a loaded machine: let the server dispatch the request first
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!app.app().stopping() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertTrue(app.app().stopping(), "readiness turned to 503 first");
            out.write("=a".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // its handler finishes with an answer (Jetty ends a body that is still arriving with 408),
            // the connection is not simply dropped
            assertTrue(response.startsWith("HTTP/1.1 "), "answered, not cut off: " + response);
            stopping.get(30, TimeUnit.SECONDS);
        }
    }

    private static String awaitLine(ListAppender<ILoggingEvent> lines, String part) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            synchronized (lines) { // the appender appends under its own lock
                java.util.Optional<String> line = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                        .filter(l -> l.contains(part)).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no access log line with " + part + " within 5 s");
    }
}
