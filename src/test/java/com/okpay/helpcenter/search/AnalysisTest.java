package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    private final Analyzer chinese = Analysis.chineseWords();
    private final Analyzer bigrams = Analysis.chineseBigrams();
    private final Analyzer english = Analysis.english();

    @Test
    void traditionalCharactersAreFoldedToSimplifiedBeforeSegmentation() {
        assertEquals(terms(chinese, "账户被锁定"), terms(chinese, "帳戶被鎖定"));
        assertEquals(List.of("账户", "被", "锁定"), terms(chinese, "帳戶被鎖定"));
        assertEquals(List.of("忘记", "密码"), terms(chinese, "忘記密碼"));
        assertEquals(terms(bigrams, "双重验证"), terms(bigrams, "雙重驗證"));
    }

    @Test
    void fullWidthAndUpperCaseFoldToPlainLowerCase() {
        assertEquals(terms(chinese, "OKpay"), terms(chinese, "ＯＫｐａｙ"));
        assertTrue(terms(chinese, "ＯＫｐａｙ").contains("okpai"));
        assertEquals(terms(english, "refund"), terms(english, "ＲＥＦＵＮＤ"));
        assertEquals(List.of("cafe"), terms(english, "Café"));
    }

    @Test
    void chineseQuestionWordsAreNotSearchedFor() {
        assertEquals(List.of("支付", "失败"), terms(chinese, "支付失败怎么办？"));
    }

    @Test
    void bigramsCoverEveryPairOfChineseCharactersAndNothingElse() {
        assertEquals(List.of("账户", "户被", "被锁", "锁定"), terms(bigrams, "账户被锁定 account"));
    }

    @Test
    void englishIsStemmedWithoutStopWords() {
        assertEquals(List.of("refund", "process"), terms(english, "the refunds are processing"));
        assertEquals(terms(english, "locked accounts"), terms(english, "lock account"));
    }

    @Test
    void identifiersAreSplitAndKeptWhole() {
        assertEquals(List.of("bookmarks.onchang", "bookmark", "onchang", "chang"), terms(english, "bookmarks.onChanged"));
        assertTrue(terms(english, "browsingData.removeHistory()").containsAll(List.of("browsingdata", "remov", "histori")));
        assertTrue(terms(english, "XMLHttpRequest").containsAll(List.of("xmlhttprequest", "xml", "http", "request")));
        assertTrue(terms(english, "MAX_VALUE").containsAll(List.of("max_valu", "max", "valu")));
        Analyzer body = Analysis.chineseBody();
        assertTrue(terms(body, "调用 Array.prototype.map() 方法").containsAll(List.of("array.prototype.map", "arrai", "prototyp",
                "map", "调用", "方法")), terms(body, "调用 Array.prototype.map() 方法").toString());
        assertEquals(terms(english, "onChanged"), terms(english, "ＯｎＣｈａｎｇｅｄ"), "full width folds before the split");
    }

    @Test
    void chineseTextSplitsTheIdentifiersItNamesAsEnglishDoes() {
        assertTrue(terms(chinese, "HTMLLabelElement").containsAll(List.of("html", "label", "element")));
        assertTrue(terms(chinese, "理解客户端 JavaScript 框架").containsAll(List.of("客户", "javascript", "java", "script", "框架")),
                terms(chinese, "理解客户端 JavaScript 框架").toString());
        assertTrue(terms(chinese, "window.clearImmediate").containsAll(List.of("window", "clearimmedi", "clear", "immedi")));
        assertEquals(terms(chinese, "KeyboardEvent.keyCode"), terms(chinese, "ＫｅｙｂｏａｒｄＥｖｅｎｔ.ｋｅｙＣｏｄｅ"));
    }

    @Test
    void xmlNamesAreSplitAtTheirColon() {
        assertTrue(terms(english, "<xsl:strip-space>").containsAll(List.of("xsl:strip", "xsl", "strip", "space")));
        assertTrue(terms(chinese, "<xsl:text>").containsAll(List.of("xsl", "text")));
    }

    @Test
    void pinyinGivesFullSpellingsInitialsAndThePhraseRunTogether() {
        Set<String> terms = new Pinyin().terms(List.of("客服", "电话"));
        assertTrue(terms.containsAll(List.of("kefu", "kf", "dianhua", "dh", "kefudianhua", "kfdh")), terms.toString());
        assertTrue(new Pinyin().terms(List.of("重置")).contains("chongzhi"), "a character's other readings count too");
        assertEquals(Set.of(), new Pinyin().terms(List.of("2fa")));
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        return ArticleDocument.terms(analyzer, text);
    }
}
