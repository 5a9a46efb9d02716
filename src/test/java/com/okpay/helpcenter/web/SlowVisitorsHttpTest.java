package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages kept already are answered on the thread that read the request, everything else on
 * another (SharedPageHandler): a burst of visitors mixing both is served, pages are served while
 * uploads trickle in, and an upload whose visitor goes away is not a server error.
 */
class SlowVisitorsHttpTest {
    private static final String TOKEN = "metrics-token-0123456789";

    @RegisterExtension
    static final AppUnderTest site = AppUnderTest.fixture("fixture-site").withEnv(Map.of("HELPCENTER_METRICS_TOKEN", TOKEN));

    private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aBurstOfVisitorsAskingForPagesSearchesAndErrorsIsServed() {
        List<String> paths = List.of("/", "/articles/account", "/search?q=password", "/api/search?q=pay",
                "/contact", "/en/", "/search?q=%E5%AF%86%E7%A0%81", "/no-such-page");
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(site.url(paths.get(i % paths.size()))))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < answers.size(); i++) {
            int status = answers.get(i).join().statusCode();
            String path = paths.get(i % paths.size());
            if (path.equals("/")) {
                // the root answers the site's language or sends the visitor to theirs
                assertTrue(status == 200 || status / 100 == 3, path + " answered " + status);
            } else {
                assertEquals(path.equals("/no-such-page") ? 404 : 200, status, path);
            }
        }
    }

    @Test
    void pagesAreServedWhileSlowUploadsHoldThreads() throws Exception {
        int port = URI.create(site.url("/")).getPort();
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Socket socket = new Socket("localhost", port);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /contact HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\nname=slow").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                uploads.add(socket);
            }
            for (String path : List.of("/articles/account", "/search?q=refund", "/api/search?q=card")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(site.url(path))).timeout(Duration.ofSeconds(10))
                        .GET().build();
                assertEquals(200, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(), path);
            }
        } finally {
            for (Socket socket : uploads) {
                socket.close();
            }
        }
        // a visitor who goes away mid-upload is nobody's server error: answered 400, never 500
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String metrics = metrics();
        while (!metrics.contains("status=\"400\"") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            metrics = metrics();
        }
        assertTrue(metrics.contains("status=\"400\""), metrics);
        assertFalse(metrics.contains("status=\"500\""), metrics);
    }

    private static String metrics() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.url("/metrics")))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
