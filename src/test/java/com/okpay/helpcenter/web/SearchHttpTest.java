package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchHttpTest {
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site");

    @Test
    void chineseResultsHaveAMarkedTitleSnippetCategoryAndCount() {
        Document page = app.page("/search?q=%E9%80%80%E6%AC%BE");
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("/articles/payments/refund", plain(page.selectFirst(".results li a").attr("href")));
        assertEquals("申请退款", page.selectFirst(".results .result-title").text());
        assertEquals("退款", page.selectFirst(".results .result-title mark").text());
        assertEquals("支付与退款", page.selectFirst(".results .result-category").text());
        assertFalse(page.select(".results .result-snippet mark").isEmpty(), "snippet marks the query");
        assertTrue(page.selectFirst(".result-count").text().startsWith("找到 1 条"));
        assertEquals("退款", page.selectFirst("#site-search").val(), "the box keeps the query");
    }

    @Test
    void traditionalCharactersAndPinyinFindSimplifiedArticles() {
        assertEquals("/articles/account/locked", firstResult("/search?q=%E5%B8%B3%E6%88%B6%E8%A2%AB%E9%8E%96%E5%AE%9A"));
        assertEquals("/articles/payments/refund", firstResult("/search?q=tuikuan"));
        assertEquals("/articles/payments/refund", firstResult("/search?q=tui+kuan"));
        assertEquals("/articles/payments/refund", firstResult("/search?q=%E9%80%80%E9%92%B1"), "synonym 退钱");
    }

    @Test
    void englishSearchFindsEnglishArticlesOnlyAndToleratesTypos() {
        Document page = app.page("/en/search?q=lokced+account");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("/en/articles/account/locked", plain(page.selectFirst(".results li a").attr("href")));
        assertEquals("locked", page.selectFirst(".did-you-mean a").text().split(" ")[0]);
        assertTrue(page.select(".results a").eachAttr("href").stream().allMatch(h -> h.startsWith("/en/")));
    }

    @Test
    void emptyQueryShowsTheSearchBoxAndPopularArticles() {
        Document page = app.page("/search");
        assertNotNull(page.selectFirst("input#site-search[name=q]"));
        assertTrue(page.select(".results").isEmpty());
        assertFalse(page.select(".featured-list a").isEmpty(), "popular articles");
        assertFalse(app.page("/en/search?q=").select(".featured-list a").isEmpty());
    }

    @Test
    void noResultsSaysSoKindlyAndLinksToTheContactFormWithTheQuery() {
        Document zh = app.page("/search?q=xyzzy+qwv");
        assertTrue(zh.selectFirst(".no-results h2").text().contains("没有找到"));
        assertEquals("/contact?q=xyzzy+qwv", zh.selectFirst(".still-need-help a").attr("href"));
        Document en = app.page("/en/search?q=%E4%BD%A0%E5%A5%BD+xyzzy");
        assertTrue(en.selectFirst(".no-results h2").text().startsWith("No results"));
        assertEquals("/en/contact?q=%E4%BD%A0%E5%A5%BD+xyzzy", en.selectFirst(".still-need-help a").attr("href"));
        assertFalse(en.select(".featured-list a").isEmpty(), "popular articles instead");
    }

    @Test
    void categoryFilterNarrowsTheResults() {
        Document all = app.page("/search?q=%E5%AF%86%E7%A0%81+%E9%80%80%E6%AC%BE");
        assertEquals(2, all.select(".results li").size());
        assertEquals(3, all.select(".result-filters a").size(), "all + two categories");
        Document payments = app.page("/search?q=%E5%AF%86%E7%A0%81+%E9%80%80%E6%AC%BE&category=payments");
        assertEquals(List.of("/articles/payments/refund"),
                payments.select(".results li h2 a").eachAttr("href").stream().map(SearchHttpTest::plain).toList());
        assertEquals("page", payments.selectFirst(".result-filters a[href*=category=payments]").attr("aria-current"));
    }

    @Test
    void anyInputAnswersANormalPage() {
        String[] queries = {"AND%20(", "%22", "*", "%5C", "a".repeat(10_000), "%00%01%1F%7F", "%FF%FE%FD", "%E4%BD",
            "%ZZ", "%", "%25", "%u0041", "\u00e9".replace("\u00e9", "%C3%A9"), "OR+NOT+AND", "title:(x)+AND+body:[a+TO+z]",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "~1^2", "%F0%9F%98%80"};
        for (String q : queries) {
            for (String path : new String[] {"/search?q=", "/en/search?q=", "/api/search?q="}) {
                String response = app.rawGet(path + q + "&page=-3&category=..%2F..&limit=x");
                assertTrue(response.startsWith("HTTP/1.1 200"), path + q.substring(0, Math.min(30, q.length())) + ": "
                        + response.lines().findFirst().orElse(""));
                assertFalse(!path.startsWith("/api") && response.contains("<script>alert"), "query is escaped: " + q);
            }
        }
        assertEquals(200, app.get("/search?q=refund&page=99999999999999").statusCode());
    }

    @Test
    void apiAnswersJsonThatCanBeCachedBrieflyButNotReadCrossOrigin() throws Exception {
        HttpResponse<String> response = app.get("/api/search?q=tuik&locale=zh-CN&limit=3",
                java.util.Map.of("Origin", "https://evil.example"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("public, max-age=60", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertEquals("tuik", json.get("query").asText());
        assertEquals(1, json.get("total").asInt());
        JsonNode hit = json.get("hits").get(0);
        assertEquals("申请退款", hit.get("title").asText());
        assertEquals("/articles/payments/refund", hit.get("url").asText());
        assertEquals("支付与退款", hit.get("category").asText());
        assertFalse(hit.get("snippet").asText().isBlank());
    }

    @Test
    void apiSearchesTheRequestedLocaleAndDefaultsToTheSitesOwn() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode en = mapper.readTree(app.get("/api/search?q=lock&locale=en").body());
        assertEquals("/en/articles/account/locked", en.get("hits").get(0).get("url").asText());
        JsonNode fallback = mapper.readTree(app.get("/api/search?q=%E9%94%81%E5%AE%9A&locale=fr").body());
        assertEquals("/articles/account/locked", fallback.get("hits").get(0).get("url").asText());
        JsonNode empty = mapper.readTree(app.get("/api/search").body());
        assertEquals(0, empty.get("total").asInt());
        assertEquals(0, empty.get("hits").size());
    }

    private static String firstResult(String path) {
        Document page = app.page(path);
        assertFalse(page.select(".results li").isEmpty(), path + " found nothing");
        return plain(page.selectFirst(".results li a").attr("href"));
    }

    /** A result link without the search id that insights add to it ({@code ?sid=...}). */
    static String plain(String href) {
        return href.replaceFirst("[?&]sid=[A-Za-z0-9_-]+$", "");
    }
}
