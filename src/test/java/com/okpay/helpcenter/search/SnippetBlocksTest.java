package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.BlockText;
import com.okpay.helpcenter.content.Content;
import java.nio.file.Path;
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
                .load();
        SearchIndex index = new SearchIndexer().build(content);
        SearchHit hit = service.search(index, new SearchRequest("zh-CN", "我的退款怎么还没到", null, 1)).hits().get(0);
        assertTrue(hit.titleHtml().contains("<mark>退款</mark>"), hit.titleHtml());
        assertFalse(hit.snippetHtml().contains("<mark>怎么</mark>") || hit.snippetHtml().contains("<mark>我的</mark>"), hit.snippetHtml());
    }
}
