package com.okpay.helpcenter.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With an https base URL the site runs behind a TLS proxy: every cookie is Secure and browsers are
 * told to stay on https, even when the proxy talks plain HTTP to the app and is not trusted.
 */
class TransportHttpTest {
    static final String TOKEN = "test-admin-token-0123456789";
    static final List<String> PAGES = List.of("/?lang=en", "/en", "/contact", "/articles/account/locked",
            "/en/articles/account/locked", "/admin/login");

    @RegisterExtension
    static final AppUnderTest https = AppUnderTest.fixture("fixture-site")
            .withFlags(Map.of("base-url", "https://help.test.example")).withEnv(Map.of("HELPCENTER_ADMIN_TOKEN", TOKEN));
    @RegisterExtension
    static final AppUnderTest http = AppUnderTest.fixture("fixture-site")
            .withFlags(Map.of("base-url", "http://localhost:7070")).withEnv(Map.of("HELPCENTER_ADMIN_TOKEN", TOKEN));

    private static List<String> cookiesAndCheck(AppUnderTest site, java.util.function.Consumer<HttpResponse<String>> check) {
        List<String> cookies = new ArrayList<>();
        for (String path : PAGES) {
            HttpResponse<String> response = site.get(path, Map.of("Cookie", "hc_locale=zh-CN"));
            check.accept(response);
            cookies.addAll(response.headers().allValues("Set-Cookie"));
        }
        return cookies;
    }

    @Test
    void everyCookieIsSecureAndHttpOnlyAndHstsIsSentBehindAnHttpsBaseUrl() {
        List<String> cookies = cookiesAndCheck(https, response -> assertTrue(response.headers()
                .firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), response.uri().toString()));
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("hc_locale=")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("hc_admin_form=")), cookies.toString());
        for (String cookie : cookies) {
            assertTrue(cookie.contains("; Secure") && cookie.contains("; HttpOnly"), cookie);
        }
    }

    @Test
    void aPlainHttpSiteSendsNeitherSecureCookiesNorHsts() {
        List<String> cookies = cookiesAndCheck(http, response -> assertTrue(response.headers()
                .firstValue("Strict-Transport-Security").isEmpty(), response.uri().toString()));
        assertFalse(cookies.isEmpty());
        for (String cookie : cookies) {
            assertFalse(cookie.contains("Secure"), cookie);
            assertTrue(cookie.contains("; HttpOnly"), cookie);
        }
    }
}
