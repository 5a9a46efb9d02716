package com.okpay.helpcenter.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | IDENTITY",
        "'' | IDENTITY",
        "gzip | GZIP",
        "gzip, deflate, br, zstd | BROTLI",
        "br;q=0, gzip | GZIP",
        "br;q=0.0, gzip;q=0.000 | IDENTITY",
        "br;q=0.5 | BROTLI",
        "br;q=abc, gzip | GZIP",
        "br;q=2, gzip;q=1.000 | GZIP",
        "br;q=0.0001, gzip | GZIP",
        "br;q=1.5, gzip;q=0.001 | GZIP",
        "br;q= | IDENTITY",
        "br;q=1. | BROTLI",
        "GZIP | GZIP",
        " gzip ;q=1 | GZIP",
        "* | GZIP",
        "deflate | IDENTITY",
        "gzipx, xbr | IDENTITY",
        "identity | IDENTITY",
    })
    void theBestEncodingTheClientAcceptsIsChosen(String header, Encoding expected) {
        assertEquals(expected, Encoding.negotiate(header, true));
    }

    @ParameterizedTest
    @CsvSource({"'gzip, br', GZIP", "br, IDENTITY"})
    void withoutBrotliGzipOrPlainIsSent(String header, Encoding expected) {
        assertEquals(expected, Encoding.negotiate(header, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"abc\" | true",
        "W/\"abc\" | true",
        "\"x\", \"abc\" | true",
        "\"x\",\"abc\" | true",
        "* | true",
        "\"abcd\" | false",
        "\"xabc\" | false",
        "abc | false",
    })
    void ifNoneMatchComparesWholeTagsWeakly(String header, boolean matches) {
        assertEquals(matches, Responses.notModified(header, "\"abc\""));
    }

    @ParameterizedTest
    @CsvSource({"css/site.css, css/site.0123abcd.css", "img/favicon.svg, img/favicon.0123abcd.svg",
                "LICENSE, LICENSE.0123abcd", "a.b/file, a.b/file.0123abcd"})
    void hashedNamesKeepTheExtension(String plain, String hashed) {
        assertEquals(hashed, StaticAssets.hashedName(plain, "0123abcd"));
    }

    @org.junit.jupiter.api.Test
    void aPageCacheKeepsItsBoundAndEachVersionStartsEmpty() {
        PageCache<RenderedPage> cache = PageCache.ofPages(100_000);
        for (int i = 0; i < 200; i++) {
            int n = i;
            cache.get("page" + i, () -> RenderedPage.html("x".repeat(1000) + n, "en", 200, Compression.Effort.FAST));
        }
        assertTrue(cache.bytes() <= 100_000, "bytes " + cache.bytes());
        assertTrue(cache.size() > 10 && cache.size() < 200);
        PerVersion<Object, PageCache<RenderedPage>> versions = new PerVersion<>(v -> PageCache.ofPages(1000));
        Object one = new Object();
        PageCache<RenderedPage> first = versions.of(one);
        assertTrue(first == versions.of(one));
        assertFalse(first == versions.of(new Object()));
    }
}
