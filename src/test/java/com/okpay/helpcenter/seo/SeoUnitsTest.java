package com.okpay.helpcenter.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeoUnitsTest {

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        String json = JsonLd.root("Article").put("headline", "</script><script>alert(1)</script> & more").json();
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":"
                + "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more\"}", json);
    }

    @Test
    void jsonLdWritesQuotesControlCharactersNumbersNestedObjectsAndLists() {
        String json = JsonLd.nested("ItemList").put("name", "say \"hi\"\\\n\t\u0001 你好")
                .put("position", 3).put("item", JsonLd.nested("Thing").put("url", "https://h.example/a?b=1"))
                .put("list", List.of(JsonLd.nested("A").fields(), "b")).json();
        assertEquals("{\"@type\":\"ItemList\",\"name\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001 你好\","
                + "\"position\":3,\"item\":{\"@type\":\"Thing\",\"url\":\"https://h.example/a?b=1\"},"
                + "\"list\":[{\"@type\":\"A\"},\"b\"]}", json);
    }

    @Test
    void jsonLdLeavesOutEmptyValues() {
        assertEquals("{\"@type\":\"Thing\"}", JsonLd.nested("Thing").put("a", "").put("b", null).put("c", List.of()).json());
    }

    @Test
    void faqQuestionsAreTheH2HeadingsAndAnswersRunToTheNextOne() {
        String html = "<p>intro</p><h2 id=\"a\">First?<a class=\"heading-anchor\" href=\"#a\">#</a></h2><p>One.</p>"
                + "<ul><li><a href=\"/en/articles/x/y\">more</a></li></ul><h2 id=\"b\">Second?</h2><p>Two.</p>"
                + "<h3>detail</h3><p>still two</p><h2>Empty?</h2>";
        List<FaqEntries.Entry> entries = FaqEntries.of(html, "https://h.example");
        assertEquals(List.of(
                new FaqEntries.Entry("First?", "<p>One.</p><ul><li><a href=\"https://h.example/en/articles/x/y\">more</a></li></ul>"),
                new FaqEntries.Entry("Second?", "<p>Two.</p><h3>detail</h3><p>still two</p>")), entries);
    }

    @Test
    void openSearchShortNamesKeepWholeWordsWithinSixteenCharacters() {
        assertEquals("OKpay Help", OpenSearchDescription.shortName("OKpay Help Center"));
        assertEquals("OKpay 帮助中心", OpenSearchDescription.shortName("OKpay 帮助中心"));
        assertEquals("帮助中心帮助中心帮助中心帮助中心", OpenSearchDescription.shortName("帮助中心帮助中心帮助中心帮助中心帮助"));
    }
}
