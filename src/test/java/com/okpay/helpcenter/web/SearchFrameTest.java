package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.cache.StaticAssets;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.search.SearchIndex;
import com.okpay.helpcenter.search.SearchIndexer;
import com.okpay.helpcenter.search.SearchRequest;
import com.okpay.helpcenter.search.SearchService;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchFrameTest {
    private static Content content;
    private static SearchIndex index;
    private static Pages pages;

    @BeforeAll
    static void load() throws Exception {
        content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        index = new SearchIndexer().build(content);
        pages = new Pages("https://help.example.com", false, new Messages(),
                new ThymeleafRenderer(new Messages(), StaticAssets.load()));
    }

    @Test
    void aFramedPageIsByteForByteThePageRenderedWhole() {
        SearchPages searchPages = new SearchPages(pages);
        Map<String, Optional<SearchFrame>> frames = new ConcurrentHashMap<>();
        List<String> queries = List.of("退款", "refund", "locked account", "a<b & \"c\" 'd'", "+ % / ? # = &amp;",
                "退款 tuikuan", "😀 emoji", SearchFrame.QUERY, "hcQueryHole", SearchFrame.RESULTS, "x".repeat(100), "{0} ''");
        for (String locale : List.of("zh-CN", "en")) {
            for (String query : queries) {
                SearchPageModel model = SearchPageModel.of(content, locale,
                        new SearchService().search(index, new SearchRequest(locale, query, null, 1)));
                String results = searchPages.results(locale, model);
                assertEquals(searchPages.whole(content, locale, query, results),
                        new String(searchPages.html(content, frames, locale, query, model), StandardCharsets.UTF_8),
                        locale + ": " + query);
            }
            assertTrue(frames.get(locale).isPresent(), "the layout of " + locale + " is kept");
        }
    }

    @Test
    void theQueryIsEscapedForTextAndForLinks() {
        SearchFrame frame = SearchFrame.of("<title>" + SearchFrame.QUERY + "</title><a href=\"/?q="
                + SearchFrame.QUERY.replace(' ', '+') + "\">x</a><main>" + SearchFrame.RESULTS + "</main>");
        assertEquals("<title>a&lt;b &amp; &quot;c&quot;</title><a href=\"/?q=a%3Cb+%26+%22c%22\">x</a><main><p>r</p></main>",
                frame.fill("a<b & \"c\"", "<p>r</p>"));
    }

    @Test
    void aLayoutWithoutExactlyOnePlaceForTheResultsIsRefused() {
        assertThrows(IllegalStateException.class, () -> SearchFrame.of("<title>" + SearchFrame.QUERY + "</title>"));
        assertThrows(IllegalStateException.class, () -> SearchFrame.of(SearchFrame.RESULTS + SearchFrame.RESULTS));
    }
}
