package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page asked for again is answered before routing (SharedPageHandler): the visitor cannot tell,
 * since the answer has the same bytes and headers as the routed one, still redirects {@code /} by
 * language, and is still counted in the metrics.
 */
class SharedPageHandlerHttpTest {
    private static final String TOKEN = "metrics-token-0123456789";

    @RegisterExtension
    static final AppUnderTest site = AppUnderTest.fixture("fixture-site")
            .withEnv(Map.of("HELPCENTER_METRICS_TOKEN", TOKEN));

    private static final HttpClient client = HttpClient.newHttpClient();
    /** What a page answer says about itself; Date changes, and the routed answer spells Content-Type its own way. */
    private static final List<String> HEADERS = List.of("etag", "cache-control", "vary", "content-language",
            "content-encoding", "content-length", "x-content-type-options", "referrer-policy", "x-frame-options",
            "content-security-policy", "set-cookie");

    private static HttpResponse<byte[]> fetch(String path, Map<String, String> headers) throws Exception {
        return site.getBytes(path, headers);
    }

    @Test
    void theSecondAnswerIsTheFirstOne() throws Exception {
        for (String path : List.of("/en", "/articles/account", "/en/articles/account/locked", "/articles/payments/refund")) {
            for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Accept-Encoding", "gzip"),
                    Map.of("Accept-Encoding", "br, gzip"))) {
                HttpResponse<byte[]> routed = fetch(path, headers);
                HttpResponse<byte[]> again = fetch(path, headers);
                assertEquals(200, again.statusCode(), path);
                assertArrayEquals(routed.body(), again.body(), path);
                for (String name : HEADERS) {
                    assertEquals(routed.headers().allValues(name), again.headers().allValues(name), path + " " + name);
                }
                assertEquals(routed.headers().firstValue("content-type").orElseThrow().replace(" ", ""),
                        again.headers().firstValue("content-type").orElseThrow().replace(" ", ""), path);
                String etag = again.headers().firstValue("ETag").orElseThrow();
                HttpResponse<byte[]> notModified = fetch(path, merged(headers, "If-None-Match", etag));
                assertEquals(304, notModified.statusCode(), path);
                assertEquals(0, notModified.body().length);
            }
        }
    }

    @Test
    void theRootStillSendsEachVisitorToTheirLanguage() throws Exception {
        assertEquals(200, fetch("/", Map.of()).statusCode());
        assertEquals(200, fetch("/", Map.of()).statusCode());
        assertEquals(200, fetch("/", Map.of("Accept-Language", "zh-CN,zh;q=0.9")).statusCode());
        HttpResponse<byte[]> english = fetch("/", Map.of("Accept-Language", "en-US,en;q=0.9"));
        assertEquals(302, english.statusCode());
        assertEquals("/en", english.headers().firstValue("Location").orElse(""));
        HttpResponse<byte[]> remembered = fetch("/", Map.of("Cookie", "hc_locale=en"));
        assertEquals(302, remembered.statusCode());
        assertEquals("/en", remembered.headers().firstValue("Location").orElse(""));
    }

    @Test
    void anotherMethodOrAQueryGoesThroughTheRoutes() throws Exception {
        fetch("/articles/account/locked", Map.of());
        HttpResponse<Void> head = client.send(HttpRequest.newBuilder(URI.create(site.url("/articles/account/locked")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        HttpResponse<byte[]> choice = fetch("/articles/account/locked?lang=en", Map.of());
        assertEquals(302, choice.statusCode(), "the language choice is a query: routed, and it sets the cookie");
        assertTrue(choice.headers().firstValue("Set-Cookie").orElse("").startsWith("hc_locale=en"));
    }

    @Test
    void answersBeforeRoutingAreCountedByRoute() throws Exception {
        int before = count("/articles/{category}/{slug}");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, fetch("/articles/payments/refund", Map.of()).statusCode());
        }
        assertEquals(before + 5, count("/articles/{category}/{slug}"));
    }

    private static int count(String route) throws Exception {
        String metrics = new String(fetch("/metrics", Map.of("Authorization", "Bearer " + TOKEN)).body());
        Matcher matcher = Pattern.compile("helpcenter_http_requests_seconds_count\\{route=\"" + Pattern.quote(route)
                + "\",status=\"200\"} ([0-9.]+)").matcher(metrics);
        return matcher.find() ? (int) Double.parseDouble(matcher.group(1)) : 0;
    }

    private static Map<String, String> merged(Map<String, String> headers, String name, String value) {
        var all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return all;
    }
}
