package com.okpay.helpcenter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AdminAccessHttpTest {
    @TempDir
    Path temp;
    @RegisterExtension
    final InsightsSite site = new InsightsSite(Map.of());

    @Test
    void withoutAnAdminTokenEveryAdminPathIsNotFound() {
        try (RunningApp plain = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("plain")),
                temp.resolve("plain-data"))) {
            for (String path : List.of("/admin", "/admin/login", "/admin/insights", "/en/admin/insights",
                    "/admin/insights/export/daily", "/admin/anything", "/en/admin/login")) {
                HttpResponse<String> response = plain.get(path);
                assertEquals(404, response.statusCode(), path);
                assertTrue(response.body().contains("找不到该页面") || response.body().contains("Page not found"), path);
            }
            assertEquals(404, plain.postForm("/admin/login", "token=x", Map.of()).statusCode());
            assertEquals(404, plain.postForm("/admin/logout", "", Map.of()).statusCode());
        }
    }

    @Test
    void theInsightsPageAsksForTheTokenFirst() {
        HttpResponse<String> response = new AdminClient(site.app(), "198.51.100.1").get("/admin/insights");
        assertEquals(303, response.statusCode());
        assertEquals("/admin/login", response.headers().firstValue("Location").orElse(""));
        assertEquals("/en/admin/login", site.app().get("/en/admin/insights").headers().firstValue("Location").orElse(""));
    }

    @Test
    void signingInSetsAStrictHttpOnlySecureSessionCookieAndOpensTheInsights() {
        AdminClient editor = new AdminClient(site.app(), "198.51.100.2");
        HttpResponse<String> form = editor.get("/admin/login");
        String formCookie = header(form, "hc_admin_form=");
        assertTrue(formCookie.contains("HttpOnly") && formCookie.contains("SameSite=Strict")
                && formCookie.contains("Secure"), formCookie);
        assertEquals("no-store", form.headers().firstValue("Cache-Control").orElse(""));
        editor.remember(form);
        HttpResponse<String> response = editor.login(InsightsTestApps.TOKEN);
        assertEquals(303, response.statusCode());
        assertEquals("/admin/insights", response.headers().firstValue("Location").orElse(""));
        String session = header(response, "hc_admin=");
        assertTrue(session.contains("; HttpOnly") && session.contains("; SameSite=Strict") && session.contains("; Secure")
                && session.contains("; Path=/") && session.contains("; Max-Age=43200"), session);
        HttpResponse<String> page = editor.get("/admin/insights");
        assertEquals(200, page.statusCode());
        assertEquals("数据洞察", Jsoup.parse(page.body()).selectFirst("h1").text());
        assertTrue(page.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        assertEquals("Insights", Jsoup.parse(editor.get("/en/admin/insights").body()).selectFirst("h1").text());
    }

    @Test
    void theSessionCookieIsNotSetOverPlainHttp() {
        try (RunningApp http = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("http")), temp.resolve("http-data"),
                Map.of("base-url", "http://localhost:1234"), Map.of("HELPCENTER_ADMIN_TOKEN", InsightsTestApps.TOKEN))) {
            String cookie = header(http.get("/admin/login"), "hc_admin_form=");
            assertFalse(cookie.contains("Secure"), cookie);
        }
    }

    @Test
    void aLoginFormOpenForMoreThanAnHourHasExpiredAndAFreshOneSignsIn() {
        AdminClient editor = new AdminClient(site.app(), "198.51.100.8");
        editor.openLogin();
        site.clock().advance(Duration.ofMinutes(61));
        HttpResponse<String> expired = editor.login(InsightsTestApps.TOKEN);
        assertEquals(403, expired.statusCode(), "never a 500");
        assertTrue(expired.body().contains("表单已过期"), "told in the visitor's language");
        assertNull(editor.session());
        editor.remember(expired);
        assertEquals(303, editor.login(InsightsTestApps.TOKEN).statusCode(), "the page shown again carries a fresh token");

        AdminClient quick = new AdminClient(site.app(), "198.51.100.9");
        quick.openLogin();
        site.clock().advance(Duration.ofMinutes(59));
        assertEquals(303, quick.login(InsightsTestApps.TOKEN).statusCode(), "within the hour it is still good");
    }

    @Test
    void aLoginFormWithoutItsCsrfTokenIsRefusedEvenWithTheRightToken() {
        AdminClient editor = new AdminClient(site.app(), "198.51.100.3");
        editor.openLogin();
        HttpResponse<String> forged = editor.post("/admin/login", Map.of("csrf_token", "forged", "token", InsightsTestApps.TOKEN));
        assertEquals(403, forged.statusCode());
        assertNull(editor.session());
        editor.forgetFormCookie();
        HttpResponse<String> noCookie = editor.login(InsightsTestApps.TOKEN);
        assertEquals(403, noCookie.statusCode(), "another site can post the form but cannot read or set our cookie");
        assertNull(editor.session());
        assertTrue(noCookie.body().contains("表单已过期"));
    }

    @Test
    void wrongTokensAreThrottledPerAddressEvenForTheRightTokenAfterwards() {
        AdminClient guesser = new AdminClient(site.app(), "203.0.113.9");
        guesser.openLogin();
        for (int i = 0; i < 5; i++) {
            assertEquals(403, guesser.login("guess-" + i + "-xxxxxxxxxxxx").statusCode());
        }
        HttpResponse<String> throttled = guesser.login(InsightsTestApps.TOKEN);
        assertEquals(429, throttled.statusCode());
        assertTrue(Integer.parseInt(throttled.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertNull(guesser.session());
        assertNotNull(new AdminClient(site.app(), "198.51.100.4").signIn().session(), "another address may still sign in");
        site.clock().advance(Duration.ofMinutes(16));
        guesser.openLogin();
        assertEquals(303, guesser.login(InsightsTestApps.TOKEN).statusCode(), "the window has moved on");
    }

    @Test
    void anExtraForwardedLineOrARotatedFirstEntryGivesNoFreshAttempts() {
        AdminClient guesser = new AdminClient(site.app(), "203.0.113.10");
        guesser.openLogin();
        for (int i = 0; i < 5; i++) {
            guesser.addingForwardedLine("10.66." + i + ".1");
            assertEquals(403, guesser.login("guess-" + i + "-xxxxxxxxxxxx").statusCode());
        }
        guesser.addingForwardedLine("10.66.99.1");
        assertEquals(429, guesser.login("guess-x-xxxxxxxxxxxx").statusCode(), "the proxy's entry is the one counted");
    }

    @Test
    void guessingFromManyAddressesCannotLockOutAnEditorWhoHoldsTheToken() {
        for (int i = 0; i < 60; i++) {
            AdminClient guesser = new AdminClient(site.app(), "10.0." + i + ".1");
            guesser.openLogin();
            assertEquals(403, guesser.login("guess-" + i + "-xxxxxxxxxxxx").statusCode());
        }
        AdminClient editor = new AdminClient(site.app(), "198.51.100.5");
        editor.openLogin();
        assertEquals(303, editor.login(InsightsTestApps.TOKEN).statusCode(), "the right token still signs in");
        AdminClient stillWrong = new AdminClient(site.app(), "10.0.1.1");
        stillWrong.openLogin();
        for (int i = 0; i < 4; i++) {
            stillWrong.login("again-" + i + "-xxxxxxxxxxxx");
        }
        assertEquals(429, stillWrong.login(InsightsTestApps.TOKEN).statusCode(), "wrong tokens stay throttled per address");
    }

    @Test
    void aTamperedOrExpiredSessionIsNoSession() {
        AdminClient editor = new AdminClient(site.app(), "198.51.100.6").signIn();
        String good = editor.session();
        editor.session(good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA"));
        assertEquals(303, editor.get("/admin/insights").statusCode());
        editor.session("9999999999999.bm9uY2U." + good.substring(good.lastIndexOf('.') + 1));
        assertEquals(303, editor.get("/admin/insights").statusCode());
        editor.session(good);
        HttpResponse<String> again = editor.get("/admin/insights");
        // seen once in CI (303), not reproduced since: the message keeps what would explain it
        assertEquals(200, again.statusCode(), "the untouched session " + good + " answered " + again.headers().map());
        site.clock().advance(Duration.ofHours(12).plusMinutes(1));
        assertEquals(303, editor.get("/admin/insights").statusCode(), "sessions last 12 hours");
    }

    @Test
    void signingOutNeedsTheFormsTokenAndEndsTheSession() {
        AdminClient editor = new AdminClient(site.app(), "198.51.100.7").signIn();
        String session = editor.session();
        HttpResponse<String> page = editor.get("/admin/insights");
        String csrf = Jsoup.parse(page.body()).select("form[action=/admin/logout] input[name=csrf_token]").attr("value");
        assertEquals(303, editor.post("/admin/logout", Map.of("csrf_token", "forged")).statusCode());
        assertEquals(200, editor.get("/admin/insights").statusCode(), "a forged sign-out does nothing");
        HttpResponse<String> out = editor.post("/admin/logout", Map.of("csrf_token", csrf));
        assertEquals(303, out.statusCode());
        assertEquals("/admin/login?out=1", out.headers().firstValue("Location").orElse(""));
        assertTrue(header(out, "hc_admin=").contains("Max-Age=0"));
        editor.session(session);
        assertEquals(303, editor.get("/admin/insights").statusCode(), "the old cookie no longer works");
    }

    private static String header(HttpResponse<String> response, String prefix) {
        return response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + prefix));
    }
}
