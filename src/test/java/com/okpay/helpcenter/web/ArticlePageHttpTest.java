package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The article page over the bundled OKpay content: what a customer finds around the text. */
class ArticlePageHttpTest {
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.bundled();

    @Test
    void relatedArticlesPutSharedTagsBeforeTheRestOfTheCategory() {
        Document page = app.page("/en/articles/faq/locked-account");
        List<String> related = page.select(".related a").eachAttr("href");
        assertEquals("/en/articles/faq/reset-password", related.get(0), "shares the tag \"can't log in\"");
        assertEquals(5, related.size());
        assertFalse(related.contains("/en/articles/faq/locked-account"), "never itself");
        assertTrue(related.stream().allMatch(h -> h.startsWith("/en/")), "same language only");
    }

    @Test
    void stillNeedHelpPrefillsTheContactFormWithTheArticle() {
        Element link = app.page("/en/articles/faq/locked-account").selectFirst(".still-need-help a");
        assertEquals("/en/contact?q=My%20account%20is%20locked&article=%2Fen%2Farticles%2Ffaq%2Flocked-account",
                link.attr("href"));
    }

    @Test
    void articlesWithEnoughSectionsHaveATableOfContentsAndCopyableHeadings() {
        Document page = app.page("/articles/faq/locked-account");
        Element toc = page.selectFirst("nav.toc");
        assertNotNull(toc);
        for (Element link : toc.select("a")) {
            String id = link.attr("href").substring(1);
            assertNotNull(page.getElementById(id), "TOC target " + id);
        }
        Element body = page.selectFirst(".article-body");
        assertTrue(body.attr("data-copy-label").contains("{0}"), "site.js fills in the section title");
        assertEquals("status", page.getElementById("copy-status").attr("role"));
        assertFalse(page.select(".article-body h2 > a.heading-anchor").isEmpty(), "anchors work without JavaScript");
    }

    @Test
    void faqArticlesListTheirQuestionsAsFaqPageInBothLocales() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String path : List.of("/articles/faq/common-questions", "/en/articles/faq/common-questions")) {
            Document page = app.page(path);
            JsonNode faq = null;
            for (Element script : page.select("script[type=application/ld+json]")) {
                JsonNode node = json.readTree(script.data());
                if (node.get("@type").asText().equals("FAQPage")) {
                    faq = node;
                }
            }
            assertNotNull(faq, path);
            List<String> questions = new ArrayList<>();
            faq.get("mainEntity").forEach(q -> {
                questions.add(q.get("name").asText());
                assertFalse(q.get("acceptedAnswer").get("text").asText().isBlank());
            });
            List<String> headings = page.select(".article-body h2").stream()
                    .map(h -> h.ownText().strip()).toList();
            assertEquals(headings, questions, path);
            assertEquals(8, questions.size());
        }
    }

    @Test
    void ordinaryArticlesAreNotFaqPages() {
        Document page = app.page("/articles/faq/refund");
        assertTrue(page.select("script[type=application/ld+json]").stream().noneMatch(s -> s.data().contains("FAQPage")));
    }
}
