package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Content;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a small site written by the test: an in-memory index, no server. */
class SearchServiceTest {
    @TempDir
    static Path folder;
    static SearchIndex index;
    static Content content;
    /** The bundled OKpay content's index. */
    static SearchIndex bundled;
    final SearchService service = new SearchService();

    @BeforeAll
    static void build() {
        TestSite site = new TestSite(folder).category("zh-CN", "cards", "银行卡").category("zh-CN", "account", "账户")
                .category("en", "cards", "Cards").category("en", "account", "Account")
                .write("synonyms.txt", "信用卡, 贷记卡\nlonely\n")
                .article("zh-CN", "account", "locked", "账户被锁定怎么办", "密码输错多次会锁定账户。", "锁定, 登录",
                        "## 如何解锁\n\n重置密码后再登录。如仍无法登录，请联系客服。")
                .article("en", "account", "locked", "My account is locked", "Too many wrong passwords lock it.",
                        "locked, login", "## How to unlock\n\nReset your password, then log in again.");
        for (int i = 1; i <= 23; i++) {
            site.article("zh-CN", "cards", "card-" + i, "信用卡问题 " + i, "关于信用卡的第 " + i + " 个问题。", "信用卡",
                    "信用卡的说明。" + "还款".repeat(i));
        }
        content = site.load();
        index = new SearchIndexer().build(content);
        try {
            bundled = new SearchIndexer().build(new com.okpay.helpcenter.content.ContentLoader(
                    new com.okpay.helpcenter.content.MarkdownRenderer(), false).load(com.okpay.helpcenter.testing.Fixtures.bundledContent()));
        } catch (com.okpay.helpcenter.content.ContentException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aQuestionIsMatchedOnItsTopicNotOnItsQuestionWords() {
        // "what" is on many pages, "weather" on none: only the one page that says "tomorrow" is a result
        SearchResults weather = service.search(bundled, new SearchRequest("en", "what is the weather tomorrow", null, 1));
        assertEquals(List.of("/en/articles/communication-tips/be-polite"), weather.hits().stream().map(SearchHit::url).toList());
        assertEquals(0, service.search(bundled, new SearchRequest("zh-CN", "怎么做红烧肉", null, 1)).total(), "怎么 is on many pages");
        // one topic word, which no page holds: "what" is still not enough
        assertEquals(0, service.search(bundled, new SearchRequest("en", "what is a chargeback", null, 1)).total());
        // a question about something the site covers still finds it, first
        assertEquals("/en/articles/faq/refund-status",
                service.search(bundled, new SearchRequest("en", "what is the status of my refund", null, 1)).hits().get(0).url());
    }

    @Test
    void resultsComeTenToAPageWithTheirCount() {
        SearchResults first = search("信用卡", null, 1);
        assertEquals(23, first.total());
        assertEquals(3, first.pages());
        assertEquals(10, first.hits().size());
        SearchResults last = search("信用卡", null, 3);
        assertEquals(3, last.hits().size());
        assertFalse(last.hasNext());
        assertEquals(3, search("信用卡", null, 99).page(), "a page past the end shows the last one");
    }

    @Test
    void theCategoryFilterKeepsTheCountsOfEveryCategory() {
        SearchResults all = search("信用卡 登录", null, 1);
        assertEquals(24, all.total());
        assertEquals(List.of("cards", "account"), all.categories().stream().map(CategoryCount::slug).toList());
        SearchResults account = search("信用卡 登录", "account", 1);
        assertEquals(1, account.total());
        assertEquals("/articles/account/locked", account.hits().get(0).url());
        assertEquals(2, account.categories().size(), "the filter still offers the other category");
        assertEquals(24, search("信用卡 登录", "no-such-category", 1).total(), "an unknown category is ignored");
    }

    @Test
    void matchedWordsAreMarkedAndTheRestEncoded() {
        SearchHit hit = search("锁定", null, 1).hits().get(0);
        assertEquals("账户被<mark>锁定</mark>怎么办", hit.titleHtml());
        assertEquals("密码输错多次会<mark>锁定</mark>账户。", hit.snippetHtml());
        SearchHit english = service.search(index, new SearchRequest("en", "locking", null, 1)).hits().get(0);
        assertEquals("My account is <mark>locked</mark>", english.titleHtml(), "stemmed forms are marked too");
    }

    @Test
    void aSnippetFromTheBodyIsEncodedHtml() {
        Highlights highlights = new Highlights(Analysis.english(), List.of(
                new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Highlights.FIELD, "password"))));
        assertEquals("Reset your <mark>password</mark> &lt;b&gt; &amp; log in", highlights.snippet("", "Reset your password <b> & log in"));
        assertEquals("No match &lt;here&gt;", highlights.snippet("No match <here>", "nothing"));
    }

    @Test
    void hostileInputIsJustText() {
        for (String query : List.of("AND (", "\"", "*", "\\", "title:x OR body:[a TO z]", "~2^3", "a".repeat(10_000),
                "\u0000\u0001", "\uD800", "(((((((", "信用卡 AND NOT 锁定", "<script>")) {
            SearchResults results = search(query, null, 1);
            assertTrue(results.total() >= 0, query);
            service.instant(index, "zh-CN", query, 5);
            service.instant(index, "en", query, 5);
        }
        assertEquals(24, search("信用卡 AND 锁定", null, 1).total(), "AND is a word, not an operator");
        String manyWords = "退款账户锁定密码客服电话邮件投诉信用卡贷记卡登录".repeat(12);
        assertTrue(search(manyWords, null, 1).total() > 0, "a long query is cut, never too many clauses");
        assertTrue(service.instant(index, "zh-CN", manyWords, 5).total() > 0);
    }

    @Test
    void aLongQueryFullOfSynonymsStaysWithinLucenesClauseLimit() {
        String zh = "退款到账进度锁定解锁登录账户密码忘记密码验证码被盗交易失败扣款交易记录缓存网络客服电话邮件在线聊天社交媒体联系表单回复时间投诉复核";
        String en = "refund arrived status locked unlock login account password forgot password two factor verification code "
                + "hacked failed transaction charged history cache network support phone email chat social media form complaint";
        for (String locale : List.of("zh-CN", "en")) {
            String query = locale.equals("en") ? en : zh;
            assertTrue(service.search(bundled, new SearchRequest(locale, query + query, null, 1)).total() > 0, locale);
            assertTrue(service.instant(bundled, locale, query + query, 5).total() > 0, locale);
        }
    }

    @Test
    void typosInLatinWordsStillFindTheArticleAndSuggestTheRightSpelling() {
        SearchResults results = service.search(index, new SearchRequest("en", "pasword", null, 1));
        assertEquals("/en/articles/account/locked", results.hits().get(0).url());
        assertEquals(List.of("password"), results.corrections());
        // the words a question is made of are spelled right even where no article uses them
        // words of the language are no typos, though no bundled article writes "does", "stole" or "card"
        for (String spelledRight : List.of("how long does a refund take", "somebody stole my card")) {
            assertEquals(List.of(), service.search(bundled, new SearchRequest("en", spelledRight, null, 1)).corrections(), spelledRight);
        }
        // nor are they matched as if misspelled: "wrote" is not a typo of "write"
        SearchResults wrote = service.search(bundled, new SearchRequest("en", "support never wrote back", null, 1));
        assertTrue(wrote.hits().stream().noneMatch(h -> h.snippetHtml().contains("<mark>Write</mark>")),
                wrote.hits().stream().map(SearchHit::snippetHtml).toList().toString());
        // a "correction" further off than search would look is none: "plugh" is not "plus"
        assertEquals(List.of(), service.search(bundled, new SearchRequest("en", "xyzzy plugh", null, 1)).corrections());
        assertEquals(List.of("how long does a refund take"),
                service.search(bundled, new SearchRequest("en", "how long does a refnd take", null, 1)).corrections());
    }

    @Test
    void whileTypingTheLastWordIsCompleted() {
        InstantResults english = service.instant(index, "en", "passw", 5);
        assertEquals("/en/articles/account/locked", english.hits().get(0).url());
        assertEquals("Account", english.hits().get(0).category());
        assertEquals("/articles/account/locked", service.instant(index, "zh-CN", "suod", 5).hits().get(0).url());
        assertEquals(0, service.instant(index, "zh-CN", "   ", 5).total());
    }

    @Test
    void synonymsFromTheContentFolderApplyAndABadLineIsReported() {
        assertEquals(23, search("贷记卡", null, 1).total());
        assertEquals(1, index.problems().size());
        assertEquals(2, index.problems().get(0).line());
    }

    @Test
    void nothingFoundOffersNearbyArticles() {
        SearchResults results = search("卡片挂失", null, 1);
        assertEquals(0, results.total());
        assertFalse(results.nearby().isEmpty());
    }

    private SearchResults search(String query, String category, int page) {
        return service.search(index, new SearchRequest("zh-CN", query, category, page));
    }
}
