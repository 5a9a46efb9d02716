package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LanguageSwitchHttpTest {
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site");

    private static String switcher(Document page, String lang) {
        return page.selectFirst("nav.languages a[hreflang=" + lang + "]").attr("href");
    }

    @Test
    void switcherLandsOnTheTranslationOfTheSameArticle() {
        assertEquals("/en/articles/account/locked?lang=en", switcher(app.page("/articles/account/locked"), "en"));
        assertEquals("/articles/account/locked?lang=zh-CN", switcher(app.page("/en/articles/account/locked"), "zh-CN"));
    }

    @Test
    void withoutATranslationTheSwitcherLandsOnThatLocalesHome() {
        assertEquals("/en?lang=en", switcher(app.page("/articles/payments/refund"), "en"));
        assertEquals("/en?lang=en", switcher(app.page("/articles/payments"), "en"), "category missing in English");
    }

    @Test
    void searchKeepsItsWordsAcrossLanguages() {
        assertEquals("/en/search?lang=en&q=%E9%80%80%E6%AC%BE", switcher(app.page("/search?q=退款"), "en"));
        HttpResponse<String> chosen = app.get("/en/search?lang=en&q=%E9%80%80%E6%AC%BE");
        assertEquals(302, chosen.statusCode());
        assertEquals("/en/search?q=%E9%80%80%E6%AC%BE", chosen.headers().firstValue("Location").orElse(""));
    }

    @Test
    void choosingALanguageIsRememberedAndLandsOnThePlainAddress() {
        String link = switcher(app.page("/articles/account/locked"), "en");
        HttpResponse<String> chosen = app.get(link);
        assertEquals(302, chosen.statusCode());
        assertEquals("/en/articles/account/locked", chosen.headers().firstValue("Location").orElse(""));
        assertTrue(chosen.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("hc_locale=en;") && c.contains("HttpOnly")));
        assertTrue(chosen.headers().firstValue("Cache-Control").orElse("").contains("private"));
    }

    @Test
    void choosingTheDefaultLanguageBeatsARememberedOtherOne() {
        String link = switcher(app.page("/en"), "zh-CN");
        assertEquals("/?lang=zh-CN", link);
        HttpResponse<String> chosen = app.get(link, Map.of("Cookie", "hc_locale=en", "Accept-Language", "en"));
        assertEquals(302, chosen.statusCode());
        assertEquals("/", chosen.headers().firstValue("Location").orElse(""), "no bounce back to /en");
        assertTrue(chosen.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("hc_locale=zh-CN;")));
        HttpResponse<String> later = app.get("/", Map.of("Cookie", "hc_locale=zh-CN", "Accept-Language", "en"));
        assertEquals(200, later.statusCode(), "the choice is remembered");
    }

    @Test
    void aFirstChoiceIsRememberedEvenWithoutACookieYet() {
        HttpResponse<String> chosen = app.get("/?lang=zh-CN", Map.of("Accept-Language", "en"));
        assertEquals(302, chosen.statusCode());
        assertTrue(chosen.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("hc_locale=zh-CN;")));
        HttpResponse<String> english = app.get("/?lang=en");
        assertEquals(302, english.statusCode());
        assertEquals("/en", english.headers().firstValue("Location").orElse(""));
        assertEquals(200, app.get("/?lang=xx").statusCode(), "an unknown choice is ignored");
    }

    @Test
    void readingPagesInALanguageSetsNoCookie() {
        assertTrue(app.get("/en").headers().allValues("Set-Cookie").isEmpty());
        assertTrue(app.get("/en/articles/account/locked").headers().allValues("Set-Cookie").isEmpty());
        assertTrue(app.get("/articles/account/locked", Map.of("Cookie", "hc_locale=en")).headers()
                .allValues("Set-Cookie").isEmpty());
    }

    @Test
    void theSwitcherMarksTheCurrentLanguage() {
        Document page = app.page("/en/articles/account/locked");
        assertEquals("true", page.selectFirst("nav.languages a[hreflang=en]").attr("aria-current"));
        assertEquals("zh-CN", page.selectFirst("nav.languages a[hreflang=zh-CN]").attr("lang"));
    }
}
