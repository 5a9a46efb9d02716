package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Semantic search switched on (the other HTTP tests run without it), on the small fixture site. */
class HybridSearchHttpTest {
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site").withFlags(Map.of("semantic", "true"));
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void vectorsReady() throws InterruptedException {
        SemanticIndex vectors = (SemanticIndex) app.app().app().site().current().semantic();
        assertTrue(vectors.await(Duration.ofMinutes(3)), "the fixture's vectors are ready");
    }

    @Test
    void hybridApiReturnsWhatTheResultsPageRanksInItsOrder() throws Exception {
        for (String[] query : new String[][] {{"zh-CN", "/search", "%E6%88%91%E7%9A%84%E9%92%B1%E6%80%8E%E4%B9%88%E9%80%80"},
                {"en", "/en/search", "I+cannot+get+into+my+account"}}) {
            Document page = app.page(query[1] + "?q=" + query[2]);
            List<String> ranked = page.select(".results .result-title a").eachAttr("href").stream()
                    .map(h -> h.replaceFirst("\\?.*$", "")).toList();
            JsonNode api = json.readTree(app.get("/api/search?mode=hybrid&limit=10&locale=" + query[0] + "&q=" + query[2]).body());
            List<String> hits = new ArrayList<>();
            api.get("hits").forEach(h -> hits.add(h.get("url").asText()));
            assertFalse(hits.isEmpty(), "hybrid finds something for " + query[2]);
            assertEquals(ranked, hits, "same articles, same order");
            assertTrue(api.get("hits").get(0).has("snippet") && api.get("hits").get(0).has("category"), "JSON as before");
        }
    }

    @Test
    void defaultApiStaysLexicalAndCompatible() throws Exception {
        JsonNode api = json.readTree(app.get("/api/search?q=refund&locale=en").body());
        assertEquals("refund", api.get("query").asText());
        assertTrue(api.has("total") && api.get("hits").isArray());
    }

    @Test
    void aClearMatchShowsItsPassageFirstLinkedToItsSection() {
        Document page = app.page("/en/search?q=my+account+is+locked+what+do+I+do");
        var answer = page.selectFirst(".answer");
        if (answer != null) {
            String href = answer.selectFirst(".answer-source a").attr("href");
            assertTrue(href.matches("/en/articles/[^?#]+(#[\\w-]+)?"), "the article, at the matched section: " + href);
            assertNotNull(answer.selectFirst("[data-sid-links] a"), "a click on the answer counts for its search, as a result's");
            assertFalse(answer.selectFirst(".answer-passage").text().isBlank());
        }
        assertTrue(app.page("/en/search?q=zzqx+qqvv").select(".answer").isEmpty(), "no answer when nothing is found");
    }
}
