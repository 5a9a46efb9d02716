package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known-item queries (a few words of a title, any order): the title that holds every word ranks
 * first, as typed before stemmed, and API names in Chinese titles are split as in English ones.
 */
class TitleMatchRankingTest {
    @TempDir
    static Path folder;
    static SearchIndex index;
    static Content content;
    final SearchService service = new SearchService();

    @BeforeAll
    static void build() {
        TestSite site = new TestSite(folder).category("zh-CN", "api", "接口").category("en", "api", "API");
        for (String locale : new String[] {"zh-CN", "en"}) {
            site.article(locale, "api", "label", "<label>", "label 元素 label element。", "", "label 元素。")
                    .article(locale, "api", "html-label-element", "HTMLLabelElement", "label 元素的接口。", "", "接口。")
                    .article(locale, "api", "event-bubbles", "event.bubbles", "事件是否冒泡。", "", "冒泡。")
                    .article(locale, "api", "event-cancel-bubble", "Event.cancelBubble", "旧的名字。", "", "旧。")
                    .article(locale, "api", "animation-finish", "Animation.finish()", "结束动画。", "", "结束。")
                    .article(locale, "api", "animation-finished", "Animation.finished", "动画结束时。", "", "结束时。");
        }
        content = site.load();
        index = new SearchIndexer().build(content);
    }

    @Test
    void aLatinQueryOnTheChineseSiteFindsTheApiNameItSplits() {
        assertEquals("/articles/api/html-label-element", first("zh-CN", "element label"));
        assertEquals("/en/articles/api/html-label-element", first("en", "element label"));
    }

    @Test
    void ofTwoTitlesHoldingEveryStemTheOneWithTheWordsAsTypedWins() {
        for (String locale : new String[] {"zh-CN", "en"}) {
            String prefix = locale.equals("en") ? "/en" : "";
            assertEquals(prefix + "/articles/api/event-bubbles", first(locale, "bubbles event"), locale);
            assertEquals(prefix + "/articles/api/animation-finish", first(locale, "finish animation"), locale);
            assertEquals(prefix + "/articles/api/animation-finished", first(locale, "animation finished"), locale);
        }
    }

    @Test
    void onTheResultsPageATitleHoldingEveryWordStaysFirstWhateverTheModelPrefers() {
        Article label = content.article("en", "api", "label").orElseThrow();
        DenseRetriever prefersLabel = new DenseRetriever() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public List<DenseHit> nearest(String locale, String query, int count) {
                return List.of(new DenseHit(label, 1.3f, 0, 0.95f));
            }

            @Override
            public Optional<Passage> passage(Article article, int chunk) {
                return Optional.empty();
            }
        };
        SearchResults results = service.search(index, new SearchRequest("en", "element label", null, 1), prefersLabel);
        assertEquals("/en/articles/api/html-label-element", results.hits().get(0).url());
    }

    private String first(String locale, String query) {
        return service.instant(index, locale, query, 3).hits().get(0).url();
    }
}
