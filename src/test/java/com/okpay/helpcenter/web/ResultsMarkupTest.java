package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.cache.StaticAssets;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.search.SearchHit;
import com.okpay.helpcenter.search.SearchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lists written in Java are byte for byte what the template's loops made (test templates results-*.html). */
class ResultsMarkupTest {
    private static final String AWKWARD = "<script>alert('x')</script> Tom & Jerry's \"quote\" &amp; 退款 é 😀";
    private final Pages pages = new Pages("https://help.example.com", false, new Messages(),
            new ThymeleafRenderer(new Messages(), StaticAssets.load()));

    @Test
    void filtersAndHitsWithMarkupQuotesAndAmpersandsAreEscapedAsThymeleafDid() {
        String query = "a<b & \"c\" 'd' %20 +";
        List<SearchPageModel.Filter> filters = List.of(
                new SearchPageModel.Filter(null, -1, SearchPageModel.url("/search", query, null, 1), false),
                new SearchPageModel.Filter(AWKWARD, 12, SearchPageModel.url("/search", query, "a&b\"c'<d>", 1), true),
                new SearchPageModel.Filter("", 0, "/search?q=\"x\"&y='z'<>", false),
                new SearchPageModel.Filter("账户", 3, SearchPageModel.url("/en/search", "退款", "账户", 2), false));
        List<SearchHit> hits = List.of(
                new SearchHit("/articles/a/b?x=1&y=\"2\"", AWKWARD, "<mark>Fetch</mark> &amp; &lt;b&gt;", "a <mark>b</mark>",
                        "a", AWKWARD),
                new SearchHit("/articles/账户/退款", "退款", "<mark>退款</mark>", "", "账户", null));
        assertSame(query, filters, hits);
    }

    @Test
    void emptyListsLeaveWhatTheEmptyLoopsLeft() {
        assertSame("q", List.of(), List.of());
    }

    @Test
    void randomTextsComeOutTheSame() {
        Random random = new Random(11);
        String alphabet = "ab <>&\"'=/?#%;\n\t退款 é😀";
        for (int round = 0; round < 100; round++) {
            List<SearchPageModel.Filter> filters = new ArrayList<>();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < random.nextInt(5); i++) {
                filters.add(new SearchPageModel.Filter(random.nextInt(4) == 0 ? null : text(random, alphabet),
                        random.nextInt(30) - 1, text(random, alphabet), random.nextBoolean()));
                hits.add(new SearchHit(text(random, alphabet), "t", text(random, alphabet), text(random, alphabet), "c",
                        text(random, alphabet)));
            }
            assertSame(text(random, alphabet), filters, hits);
        }
    }

    private void assertSame(String query, List<SearchPageModel.Filter> filters, List<SearchHit> hits) {
        SearchResults results = new SearchResults(query, null, hits.size(), 1, 1, hits, List.of(), List.of(), List.of());
        SearchPageModel model = new SearchPageModel(query, results, filters, null, null, List.of(), List.of(), "/contact");
        for (String locale : List.of("zh-CN", "en")) {
            PageViews.Search view = new PageViews.Search(model,
                    ResultsMarkup.filters(filters, pages.text(locale, "search.filter.all")), ResultsMarkup.hits(hits));
            String loops = pages.markup("results-loops", locale, null, view);
            assertTrue(loops.contains("<ul>"), "the loops rendered");
            assertEquals(loops, pages.markup("results-markup", locale, null, view), locale + ": " + filters + " " + hits);
        }
    }

    private static String text(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }
}
