package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages every visitor shares are rendered once per content version and sent as stored bytes: the
 * same bytes and ETag for everyone, compressed forms of exactly those bytes, a 304 for a client
 * that has them, no cookie, and a Cache-Control that lets a proxy keep them briefly.
 */
class PageCachingHttpTest {
    @RegisterExtension
    static final AppUnderTest site = AppUnderTest.fixture("fixture-site");

    private static final HttpClient client = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> fetch(String path, Map<String, String> headers) throws Exception {
        return site.getBytes(path, headers);
    }

    @Test
    void sharedPagesAreTheSameBytesForEveryoneWithAStrongEtagAndNoCookie() throws Exception {
        for (String path : List.of("/", "/en", "/articles/account", "/articles/account/locked", "/en/articles/account/locked",
                "/no-such-page", "/search?q=退款")) {
            HttpResponse<byte[]> first = fetch(path, Map.of("Cookie", "hc_locale=zh-CN; hc_visitor=abc"));
            HttpResponse<byte[]> second = fetch(path, Map.of("User-Agent", "another browser"));
            assertArrayEquals(first.body(), second.body(), path);
            String etag = first.headers().firstValue("ETag").orElse("");
            assertTrue(etag.matches("\"[0-9a-f]{24}\""), path + " " + etag);
            assertEquals(etag, second.headers().firstValue("ETag").orElse(""), path);
            assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), path);
            assertTrue(first.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"), path);
        }
        assertEquals("public, max-age=0, s-maxage=5", fetch("/articles/account/locked", Map.of()).headers()
                .firstValue("Cache-Control").orElse(""));
        assertEquals("public, no-cache", fetch("/search?q=退款", Map.of()).headers().firstValue("Cache-Control").orElse(""),
                "every search reaches the app, so each is counted");
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
        for (String path : List.of("/", "/en/articles/account/locked", "/articles/account", "/search?q=退款", "/en/contact", "/health",
                "/sitemap.xml", "/api/search?q=lock", "/no-such-page")) {
            HttpResponse<byte[]> get = fetch(path, Map.of("Accept-Encoding", "gzip"));
            HttpRequest.Builder head = HttpRequest.newBuilder(URI.create(site.url(path))).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("Accept-Encoding", "gzip");
            HttpResponse<byte[]> checked = client.send(head.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(get.statusCode(), checked.statusCode(), path);
            assertEquals(0, checked.body().length, path);
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Content-Encoding")) {
                assertEquals(get.headers().firstValue(header), checked.headers().firstValue(header), path + " " + header);
            }
        }
        assertTrue(fetch("/en/contact", Map.of()).headers().firstValue("Content-Type").orElse("").endsWith("charset=utf-8"),
                "a form rendered for one visitor says its charset too");
        HttpResponse<byte[]> article = fetch("/en/articles/account/locked", Map.of());
        HttpResponse<byte[]> checked = client.send(HttpRequest.newBuilder(URI.create(site.url("/en/articles/account/locked")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(String.valueOf(article.body().length), checked.headers().firstValue("Content-Length").orElse(""),
                "a shared page says how long it is");
    }

    @Test
    void aClientThatHasThePageGetsA304() throws Exception {
        HttpResponse<byte[]> page = fetch("/en/articles/account/locked", Map.of());
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = fetch("/en/articles/account/locked", Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(304, fetch("/en/articles/account/locked", Map.of("If-None-Match", "\"other\", W/" + etag)).statusCode());
        assertEquals(200, fetch("/en/articles/account/locked", Map.of("If-None-Match", "\"other\"")).statusCode());
        assertEquals(200, fetch("/en/articles/account/locked", Map.of("If-None-Match", etag.replace("\"", ""))).statusCode());
    }

    @Test
    void compressedFormsAreTheSamePageWithTheirOwnEtags() throws Exception {
        String path = "/articles/account/locked";
        HttpResponse<byte[]> plain = fetch(path, Map.of());
        HttpResponse<byte[]> gzip = fetch(path, Map.of("Accept-Encoding", "gzip, deflate"));
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes());
        assertNotEquals(plain.headers().firstValue("ETag"), gzip.headers().firstValue("ETag"));
        assertEquals(String.valueOf(gzip.body().length), gzip.headers().firstValue("Content-Length").orElse(""));
        HttpResponse<byte[]> refused = fetch(path, Map.of("Accept-Encoding", "gzip;q=0, identity"));
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
        if (Brotli4jLoader.isAvailable()) {
            HttpResponse<byte[]> brotli = fetch(path, Map.of("Accept-Encoding", "gzip, deflate, br"));
            assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(""));
            assertArrayEquals(plain.body(), Decoder.decompress(brotli.body()).getDecompressedData());
        }
    }

    @Test
    void staticFilesAreLinkedByHashedNamesKeptForAYear() throws Exception {
        String css = Jsoup.parse(new String(fetch("/", Map.of()).body(), StandardCharsets.UTF_8))
                .selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches("/static/css/site\\.[0-9a-f]{8}\\.css"), css);
        HttpResponse<byte[]> hashed = fetch(css, Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, hashed.statusCode());
        assertEquals("public, max-age=31536000, immutable", hashed.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("gzip", hashed.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(hashed.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        HttpResponse<byte[]> plain = fetch("/static/css/site.css", Map.of());
        assertEquals("public, max-age=3600", plain.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, fetch("/static/css/site.00000000.css", Map.of()).statusCode());
        assertEquals(404, fetch("/static/../templates/home.html", Map.of()).statusCode());
    }

    @Test
    void theFeedbackStepIsOneOfAFewVariantsAndTrackingMarkersDoNotMakeNewOnes() throws Exception {
        String ask = fetch("/en/articles/account/locked", Map.of()).headers().firstValue("ETag").orElseThrow();
        String marked = fetch("/en/articles/account/locked?sid=AAAAAAAAAAAAAAAAAAAA&fid=BBBBBBBBBBBBBBBBBBBB", Map.of())
                .headers().firstValue("ETag").orElseThrow();
        assertEquals(ask, marked);
        String thanks = fetch("/en/articles/account/locked?feedback=thanks", Map.of()).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(ask, thanks);
        assertEquals(ask, fetch("/en/articles/account/locked?feedback=nonsense", Map.of()).headers()
                .firstValue("ETag").orElseThrow());
    }
}
