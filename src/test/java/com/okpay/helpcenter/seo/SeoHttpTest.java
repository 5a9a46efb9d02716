package com.okpay.helpcenter.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeoHttpTest {
    private static final String BASE = "https://help.test.example";
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site");

    private static Document xml(String path, String type) {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type), path + " type");
        Parser parser = Parser.xmlParser().setTrackErrors(10);
        Document doc = Jsoup.parse(response.body(), "", parser);
        assertTrue(parser.getErrors().isEmpty(), path + " is well-formed: " + parser.getErrors());
        return doc;
    }

    @Test
    void sitemapListsEveryPublishedArticleAndCategoryInEveryLocaleWithLastModified() {
        Document sitemap = xml("/sitemap.xml", "application/xml");
        Map<String, String> lastmod = sitemap.select("url").stream().collect(Collectors.toMap(
                u -> u.selectFirst("loc").text(), u -> u.select("lastmod").text()));
        assertEquals("2026-11-01", lastmod.get(BASE + "/articles/account/locked"));
        assertEquals("2026-11-02", lastmod.get(BASE + "/en/articles/account/locked"));
        assertEquals("2026-10-20", lastmod.get(BASE + "/articles/payments/refund"));
        assertEquals("2026-11-01", lastmod.get(BASE + "/articles/account"), "a category is as new as its newest article");
        assertEquals("2026-11-01", lastmod.get(BASE + "/"));
        assertTrue(lastmod.containsKey(BASE + "/articles/payments"));
        assertTrue(lastmod.containsKey(BASE + "/en/articles/account"));
        assertTrue(lastmod.containsKey(BASE + "/en"));
        assertFalse(lastmod.containsKey(BASE + "/articles/account/secret-plan"), "drafts stay out");
        assertFalse(lastmod.keySet().stream().anyMatch(u -> u.contains("broken-yaml") || u.contains("no-title")));
    }

    @Test
    void sitemapNamesTheLanguageVersionsOfEachPage() {
        Document sitemap = xml("/sitemap.xml", "application/xml");
        Element locked = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(BASE + "/articles/account/locked")).findFirst().orElseThrow();
        Map<String, String> versions = locked.select("xhtml|link").stream()
                .collect(Collectors.toMap(l -> l.attr("hreflang"), l -> l.attr("href")));
        assertEquals(Map.of("zh-CN", BASE + "/articles/account/locked", "en", BASE + "/en/articles/account/locked",
                "x-default", BASE + "/articles/account/locked"), versions);
    }

    @Test
    void theSitemapAndFeedsAreSentCompressedWithAnETagAndRevalidated() throws Exception {
        for (String path : List.of("/sitemap.xml", "/feed.xml", "/en/feed.xml")) {
            String plain = app.get(path).body();
            HttpResponse<byte[]> gzip = app.getBytes(path, Map.of("Accept-Encoding", "gzip"));
            assertEquals(200, gzip.statusCode(), path);
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""), path);
            assertTrue(gzip.headers().allValues("Vary").toString().contains("Accept-Encoding"), path);
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
                assertEquals(plain, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), path);
            }
            String etag = gzip.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, app.getBytes(path, Map.of("Accept-Encoding", "gzip", "If-None-Match", etag)).statusCode(), path);
        }
    }

    @Test
    void robotsPointsToTheSitemapAndKeepsSearchResultsOut() {
        HttpResponse<String> robots = app.get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(robots.body().contains("Sitemap: " + BASE + "/sitemap.xml"), robots.body());
        assertTrue(robots.body().contains("Disallow: /search\n") && robots.body().contains("Disallow: /en/search\n"));
        assertFalse(robots.body().contains("Disallow: /\n"));
    }

    @Test
    void eachLocaleHasAnAtomFeedOfRecentlyUpdatedArticlesNewestFirst() {
        Document zh = xml("/feed.xml", "application/atom+xml");
        assertEquals("测试帮助中心", zh.selectFirst("feed > title").text());
        assertEquals(List.of("账户被锁定怎么办", "申请退款"), zh.select("entry > title").eachText());
        assertEquals(BASE + "/articles/account/locked", zh.selectFirst("entry > id").text());
        assertEquals("2026-11-01T00:00:00Z", zh.selectFirst("entry > updated").text());
        assertEquals("2026-11-01T00:00:00Z", zh.selectFirst("feed > updated").text());
        assertEquals(BASE + "/feed.xml", zh.selectFirst("feed > link[rel=self]").attr("href"));
        String content = zh.selectFirst("entry > content").text();
        assertTrue(content.contains("href=\"" + BASE + "/articles/payments/refund\""), "links are absolute: " + content);
        assertFalse(content.contains("heading-anchor"));

        Document en = xml("/en/feed.xml", "application/atom+xml");
        assertEquals("en", en.selectFirst("feed").attr("xml:lang"));
        assertTrue(en.select("entry > title").eachText().contains("My account is locked"));
        assertEquals(404, app.get("/fr/feed.xml").statusCode());
    }

    @Test
    void eachLocaleHasAnOpenSearchDescriptionForItsOwnSearchPage() {
        Document zh = xml("/opensearch.xml", "application/opensearchdescription+xml");
        assertEquals("测试帮助中心", zh.selectFirst("ShortName").text());
        assertEquals(BASE + "/search?q={searchTerms}", zh.selectFirst("Url[type=text/html]").attr("template"));
        Document en = xml("/en/opensearch.xml", "application/opensearchdescription+xml");
        assertEquals(BASE + "/en/search?q={searchTerms}", en.selectFirst("Url[type=text/html]").attr("template"));
        assertTrue(en.selectFirst("ShortName").text().length() <= OpenSearchDescription.SHORT_NAME_MAX);
    }

    @Test
    void everyPageHeadLinksTheFeedAndSearchOfItsLocale() {
        for (String path : List.of("/en", "/en/articles/account", "/en/articles/account/locked", "/en/search")) {
            Document page = app.page(path);
            assertEquals("/en/feed.xml", page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"), path);
            assertEquals("/en/opensearch.xml",
                    page.selectFirst("link[rel=search][type=application/opensearchdescription+xml]").attr("href"), path);
        }
        assertEquals("/feed.xml", app.page("/").selectFirst("link[type=application/atom+xml]").attr("href"));
    }

    @Test
    void articlesCarryOpenGraphAndTwitterCardMeta() {
        Document page = app.page("/articles/account/locked");
        assertEquals("article", meta(page, "og:type"));
        assertEquals("账户被锁定怎么办", meta(page, "og:title"));
        assertEquals("多次输错密码会锁定账户，按以下步骤恢复。", meta(page, "og:description"));
        assertEquals(BASE + "/articles/account/locked", meta(page, "og:url"));
        assertEquals("测试帮助中心", meta(page, "og:site_name"));
        assertEquals("zh_CN", meta(page, "og:locale"));
        assertEquals("en", meta(page, "og:locale:alternate"));
        assertEquals("2026-11-01", meta(page, "article:modified_time"));
        assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals("website", meta(app.page("/en"), "og:type"));
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertNotNull(meta, property);
        return meta.attr("content");
    }

    @Test
    void articlesDescribeThemselvesAndTheirBreadcrumbsInJsonLd() throws Exception {
        Map<String, JsonNode> data = jsonLd(app.page("/en/articles/account/locked"));
        JsonNode article = data.get("Article");
        assertEquals("My account is locked", article.get("headline").asText());
        assertEquals("2026-11-02", article.get("dateModified").asText());
        assertEquals("en", article.get("inLanguage").asText());
        assertEquals(BASE + "/en/articles/account/locked", article.get("mainEntityOfPage").get("@id").asText());
        JsonNode crumbs = data.get("BreadcrumbList").get("itemListElement");
        assertEquals(3, crumbs.size());
        assertEquals("Home", crumbs.get(0).get("name").asText());
        assertEquals(BASE + "/en", crumbs.get(0).get("item").asText());
        assertEquals("Account", crumbs.get(1).get("name").asText());
        assertEquals(3, crumbs.get(2).get("position").asInt());
        assertFalse(data.containsKey("FAQPage"), "not an FAQ article");
    }

    @Test
    void homeDescribesTheSiteAndItsSearchAndCategoriesTheirTrail() throws Exception {
        JsonNode site = jsonLd(app.page("/")).get("WebSite");
        assertEquals("测试帮助中心", site.get("name").asText());
        assertEquals(BASE + "/search?q={search_term_string}", site.get("potentialAction").get("target").asText());
        JsonNode crumbs = jsonLd(app.page("/articles/payments")).get("BreadcrumbList").get("itemListElement");
        assertEquals("支付与退款", crumbs.get(1).get("name").asText());
    }

    static Map<String, JsonNode> jsonLd(Document page) throws Exception {
        Map<String, JsonNode> byType = new java.util.HashMap<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            assertEquals("https://schema.org", node.get("@context").asText());
            byType.put(node.get("@type").asText(), node);
        }
        return byType;
    }

    @Test
    void hreflangAlternatesIncludeXDefaultPointingAtTheDefaultLocale() {
        Document page = app.page("/en/articles/account/locked");
        assertEquals(BASE + "/articles/account/locked",
                page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
        assertEquals(BASE + "/en/articles/account/locked", page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        Document untranslated = app.page("/articles/payments/refund");
        assertEquals(1, untranslated.select("link[rel=alternate][hreflang]").size(), "only itself, no x-default");
    }
}
