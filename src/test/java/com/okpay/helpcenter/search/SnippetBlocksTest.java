package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.BlockText;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets and answers read like text: headings, list items and paragraphs stay apart. */
class SnippetBlocksTest {
    private final SearchService service = new SearchService();

    @Test
    void blockTextPutsEachBlockOnALineOfItsOwn() {
        String text = BlockText.of(Jsoup.parseBodyFragment("<h2>退款时间</h2><p>通常 <b>3 天</b>到账</p><ul><li>银行卡</li><li>余额</li></ul>"
                + "<table><tr><td>a</td><td>b</td></tr></table>").body());
        assertEquals("退款时间\n通常 3 天到账\n银行卡\n余额\na b", text);
    }

    @Test
    void aHeadingAndTheListUnderItDoNotRunTogetherInTheSnippet(@TempDir Path folder) {
        Content content = new TestSite(folder).category("en", "cards", "Cards")
                .article("en", "cards", "limits", "Card limits", "", "cards",
                        "## Daily withdrawal limit\n\n- ATM withdrawals\n- Counter withdrawals\n\nThe limit resets at midnight.")
                .load();
        SearchIndex index = new SearchIndexer().build(content);
        SearchHit hit = service.search(index, new SearchRequest("en", "withdrawals midnight", null, 1)).hits().get(0);
        String plain = hit.snippetHtml().replaceAll("</?mark>", "");
        assertTrue(plain.contains("Daily withdrawal limit · ATM withdrawals · Counter withdrawals · The limit resets"), plain);
        Article article = content.articles("en").get(0);
        assertEquals("Daily withdrawal limit · ATM withdrawals · Counter withdrawals · The limit resets at midnight.",
                Highlights.opening(article.text()));
    }

    @Test
    void sentencesEndingInPunctuationNeedNoDot() {
        assertEquals("第一段。 第二段 · 第三段", Highlights.oneLine("第一段。\n第二段\n  第三段 "));
    }

    @Test
    void questionWordsAreNotMarked(@TempDir Path folder) {
        Content content = new TestSite(folder).category("zh-CN", "faq", "常见问题")
                .article("zh-CN", "faq", "refund", "退款多久到账", "退款一般需要三个工作日。", "退款", "## 什么时候到账\n\n怎么查看退款进度：在订单页面查看。")
                .article("zh-CN", "faq", "arrival", "到账时间", "不清楚退款什么时候到账时，先查看退款进度。", "到账", "正文。")
                .load();
        SearchIndex index = new SearchIndexer().build(content);
        SearchHit hit = service.search(index, new SearchRequest("zh-CN", "我的退款怎么还没到", null, 1)).hits().get(0);
        assertTrue(hit.titleHtml().contains("<mark>退款</mark>"), hit.titleHtml());
        assertFalse(hit.snippetHtml().contains("<mark>怎么</mark>") || hit.snippetHtml().contains("<mark>我的</mark>"), hit.snippetHtml());
        // 什么时候 is "when": the segmenter cuts it into 什么 and 时候, and neither half is the topic
        String marked = service.search(index, new SearchRequest("zh-CN", "我的退款什么时候到账", null, 1)).hits().stream()
                .map(h -> h.titleHtml() + " " + h.snippetHtml()).collect(java.util.stream.Collectors.joining(" | "));
        assertTrue(marked.contains("什么时候") && marked.contains("<mark>到账</mark>"), marked);
        assertFalse(marked.contains("<mark>时候</mark>") || marked.contains("<mark>什么</mark>"), marked);
    }

    @Test
    void everySnippetOfTheBundledContentStopsBetweenWordsAndSaysWhenTheTextGoesOn() throws Exception {
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        SearchIndex index = new SearchIndexer().build(content);
        Map<String, List<String>> queries = Map.of(
                "zh-CN", List.of("退款", "邮箱", "截图", "回复时间", "密码", "跟进", "电话", "投诉"),
                "en", List.of("refund", "email", "screenshot", "reply", "password", "follow up", "phone", "complaint"));
        int cut = 0;
        for (var entry : queries.entrySet()) {
            for (String query : entry.getValue()) {
                for (SearchHit hit : service.search(index, new SearchRequest(entry.getKey(), query, null, 1)).hits()) {
                    Article article = content.articleAt(hit.url()).orElseThrow();
                    String shown = org.jsoup.parser.Parser.unescapeEntities(hit.snippetHtml().replaceAll("</?mark>", ""), false);
                    String whole = Highlights.oneLine(article.text());
                    String inner = shown.replaceAll("^…|…$", "");
                    if (shown.equals(article.summary()) || shown.equals(Highlights.opening(article.text()))) {
                        continue;
                    }
                    assertTrue(whole.contains(inner), () -> query + ": " + shown);
                    int end = whole.indexOf(inner) + inner.length();
                    if (shown.endsWith("…")) {
                        cut++;
                        assertTrue(end < whole.length() && !Character.isLetterOrDigit(whole.charAt(end))
                                || !Character.isLetterOrDigit(whole.charAt(end - 1)), () -> query + ": " + shown);
                    } else {
                        assertTrue(end == whole.length() || "。！？；.!?;".indexOf(whole.charAt(end - 1)) >= 0, () -> query + ": " + shown);
                    }
                }
            }
        }
        assertTrue(cut > 0, "some snippets were cut");
    }

    @Test
    void aSynonymOfSeveralWordsIsMarkedAsAPhraseNotWordByWord(@TempDir Path folder) {
        Content content = new TestSite(folder).category("en", "faq", "FAQ")
                .write("synonyms.txt", "refund, money back\n")
                .article("en", "faq", "status", "Refund status", "", "refunds",
                        "If you haven't heard back after three days, ask us. We send the money back to your card.")
                .load();
        SearchIndex index = new SearchIndexer().build(content);
        String snippet = service.search(index, new SearchRequest("en", "refund", null, 1)).hits().get(0).snippetHtml();
        assertTrue(snippet.contains("<mark>money back</mark>"), snippet);
        assertFalse(snippet.contains("heard <mark>back</mark>"), snippet);
    }
}
