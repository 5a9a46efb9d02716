package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagesHttpTest {
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site");

    @Test
    void homeListsCategoriesWithTheirArticlesInTheDefaultLocale() {
        Document home = app.page("/");
        assertEquals("zh-CN", home.selectFirst("html").attr("lang"));
        assertEquals("测试帮助中心", home.title());
        assertEquals(1, home.select("h1").size());
        assertTrue(home.select(".card h3 a").eachText().containsAll(java.util.List.of("账户", "支付与退款")));
        assertNotNull(home.selectFirst("a[href=/articles/account/locked]"));
        assertEquals("https://help.test.example/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertFalse(home.select("meta[name=description]").attr("content").isBlank());
    }

    @Test
    void englishPagesLiveUnderTheirPrefix() {
        Document home = app.page("/en");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertEquals("Test Help Center", home.title());
        assertNotNull(home.selectFirst("a[href=/en/articles/account/locked]"));
        assertEquals("/en/search", home.selectFirst("form[role=search]").attr("action"));
    }

    @Test
    void articleRendersWithBreadcrumbsTocTranslationAndSanitizedBody() {
        Document page = app.page("/articles/account/locked");
        assertEquals("账户被锁定怎么办 | 测试帮助中心", page.title());
        assertEquals("多次输错密码会锁定账户，按以下步骤恢复。", page.select("meta[name=description]").attr("content"));
        assertEquals("https://help.test.example/articles/account/locked", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(3, page.select(".breadcrumbs li").size());
        assertEquals(3, page.select(".toc li").size());
        assertNotNull(page.selectFirst(".translations a[href=/en/articles/account/locked]"));
        assertNotNull(page.selectFirst("link[rel=alternate][hreflang=en][href=https://help.test.example/en/articles/account/locked]"));
        assertNotNull(page.selectFirst(".article-body a[href=/articles/payments/refund]"), "relative .md link rewritten");
        assertNotNull(page.selectFirst(".article-body img[src=/media/zh-CN/account/flow.svg]"), "image served from content");
        assertNotNull(page.selectFirst(".article-body .adm-tip"), "admonition rendered");
        assertTrue(page.select(".article-body script").isEmpty(), "script stripped");
        assertTrue(page.select(".article-body [onclick]").isEmpty(), "event handlers stripped");
        assertFalse(page.select(".article-body a").eachAttr("href").stream().anyMatch(h -> h.startsWith("javascript")));
        assertEquals("2026-11-01", page.selectFirst("time").attr("datetime"));
    }

    @Test
    void categoryPageListsItsArticlesInOrder() {
        Document page = app.page("/articles/payments");
        assertEquals("支付与退款", page.selectFirst("h1").text());
        assertEquals("申请退款", page.selectFirst(".article-cards a").text());
    }

    @Test
    void draftsAndBrokenFilesAreNotPublished() {
        assertEquals(404, app.get("/articles/account/secret-plan").statusCode());
        assertEquals(404, app.get("/articles/account/broken-yaml").statusCode());
        assertEquals(404, app.get("/articles/account/no-title").statusCode());
    }

    @Test
    void aliasRedirectsPermanently() {
        HttpResponse<String> response = app.get("/old/locked.html");
        assertEquals(301, response.statusCode());
        assertEquals("/articles/account/locked", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void unknownPathsAnswerAFriendlyNotFoundPageInTheVisitorsLanguage() {
        HttpResponse<String> zh = app.get("/no/such/page");
        assertEquals(404, zh.statusCode());
        assertTrue(zh.body().contains("找不到该页面"));
        assertTrue(zh.body().contains("name=\"q\""), "404 page offers the search box");
        HttpResponse<String> en = app.get("/en/articles/account/nothing-here");
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("Page not found"));
        assertEquals(404, app.get("/fr/articles/account/locked").statusCode(), "unknown locale prefix");
        assertEquals(404, app.get("/zh-CN/articles/account/locked").statusCode(), "default locale has no prefix");
    }

    @Test
    void aMethodAPageDoesNotTakeIs405WithAllowAndThePageInTheVisitorsLanguageAndOptionsSaysWhichItTakes() {
        for (String method : List.of("PUT", "DELETE", "POST")) {
            HttpResponse<String> en = app.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/en/articles/account/locked")))
                    .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(405, en.statusCode(), method);
            assertEquals("GET, HEAD", en.headers().firstValue("Allow").orElse(""), method);
            assertTrue(en.body().contains("We could not read that address"), method);
        }
        HttpResponse<String> nowhere = app.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/en/no/such/page")))
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(404, nowhere.statusCode(), "no page there at all");
        HttpResponse<String> options = app.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/en/articles/account/locked")))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, options.statusCode(), "OPTIONS is answered, not refused");
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElse(""));
        assertEquals("", options.body());
        // HEAD where only POST is taken (a form's address): the 405's headers, as GET would get them
        for (String path : List.of("/en/articles/account/locked/feedback", "/en/admin/logout", "/hooks/content")) {
            String head = app.raw("HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(head.startsWith("HTTP/1.1 405 ") || head.startsWith("HTTP/1.1 404 "), path + ": " + head);
        }
        String server = app.raw("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(server.startsWith("HTTP/1.1 204 ") && server.contains("\r\nAllow: GET, HEAD, POST, OPTIONS\r\n"),
                "OPTIONS * asks about the server as a whole: " + server);
    }

    @Test
    void requestsJettyRefusesBeforeRoutingGetTheSitesErrorPageInTheVisitorsLanguage() {
        HttpResponse<String> en = app.get("/en/articles/%E0%A4");
        assertEquals(400, en.statusCode(), "not valid UTF-8");
        assertTrue(en.body().contains("We could not read that address"), en.body());
        assertTrue(en.headers().firstValue("Content-Type").orElse("").endsWith("charset=utf-8"));
        assertTrue(en.headers().firstValue("Content-Security-Policy").isPresent(), "the site's headers too");
        assertFalse(en.body().contains("%E0%A4"), "the address is not echoed back");
        assertTrue(app.get("/articles/%E0%A4").body().contains("无法识别该地址"));
        HttpResponse<String> huge = app.get("/en", Map.of("X-Padding", "x".repeat(70_000)));
        assertEquals(431, huge.statusCode(), "headers too large");
        assertTrue(huge.body().contains("无法识别该地址") || huge.body().contains("We could not read that address"), huge.body());
    }

    /** Targets no URI class parses, so sent on a socket (AppUnderTest#rawGet). */
    @Test
    void aTargetJettyCannotParseAtAllStillGetsThePageInItsLocalesLanguage() {
        for (String target : new String[] {"/en/articles/%ZZ", "/en/%", "http://localhost/en/%G1"}) {
            String response = app.rawGet(target);
            assertTrue(response.startsWith("HTTP/1.1 400 "), target + ": " + response);
            assertTrue(response.contains("We could not read that address"), target + ": " + response);
            assertFalse(response.contains("%ZZ") || response.contains("%G1"), "not echoed back");
        }
        assertTrue(app.rawGet("/articles/%ZZ").contains("无法识别该地址"));
        assertTrue(app.rawGet("/%").contains("无法识别该地址"));
    }

    @Test
    void pathTraversalNeverReadsOutsideContentOrStatic() {
        for (String path : new String[] {"/static/../site.yml", "/static/%2e%2e/%2e%2e/pom.xml",
                "/static/..%2f..%2fpom.xml", "/media/zh-CN/account/..%2f..%2fsite.yml",
                "/media/zh-CN/account/%2e%2e%2f%2e%2e%2fsite.yml", "/media/zh-CN/..%2fsite.yml/x",
                "/articles/..%2f..%2fsite.yml", "/static/%252e%252e/pom.xml", "/media/zh-CN/account/locked.md"}) {
            HttpResponse<String> response = app.get(path);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " -> " + response.statusCode());
            assertFalse(response.body().contains("defaultLocale"), path + " leaked site.yml");
            assertFalse(response.body().contains("<artifactId>"), path + " leaked pom.xml");
        }
    }

    @Test
    void mediaAndStaticFilesAreServed() {
        HttpResponse<String> image = app.get("/media/zh-CN/account/flow.svg");
        assertEquals(200, image.statusCode());
        assertEquals("image/svg+xml", image.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> css = app.get("/static/css/site.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void firstVisitHonoursAcceptLanguageAndAChosenLanguageIsRemembered() {
        HttpResponse<String> english = app.get("/", Map.of("Accept-Language", "en-US,en;q=0.9"));
        assertEquals(302, english.statusCode());
        assertEquals("/en", english.headers().firstValue("Location").orElse(""));
        assertEquals(200, app.get("/", Map.of("Accept-Language", "zh-CN,zh;q=0.9")).statusCode());
        HttpResponse<String> remembered = app.get("/", Map.of("Accept-Language", "en", "Cookie", "hc_locale=zh-CN"));
        assertEquals(200, remembered.statusCode());
        assertTrue(app.get("/?lang=en").headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("hc_locale=en")));
        assertTrue(english.headers().firstValue("Cache-Control").orElse("").startsWith("private"), "answers by cookie");
        assertTrue(remembered.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
    }

    @Test
    void healthAnswersForTheContainerCheck() {
        HttpResponse<String> response = app.get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"ok\",\"articles\":4}", response.body());
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> response = app.get("/");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }
}
