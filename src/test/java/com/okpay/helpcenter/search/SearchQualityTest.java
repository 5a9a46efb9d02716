package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The judged queries over the bundled OKpay content: the first result must be the right answer. */
class SearchQualityTest {

    @Test
    void bundledContentAnswersTheJudgedQueries() throws Exception {
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        SearchIndex index = new SearchIndexer().build(content);
        JudgedQueries judged = JudgedQueries.read(Fixtures.resource("search/judged-bundled.tsv"));
        JudgedQueries.Evaluation result = judged.evaluate(new SearchService(), index);
        System.out.print(result.report("bundled content"));
        assertTrue(judged.count("zh-CN") >= 60 && judged.count("en") >= 30, "judged set is large enough");
        assertTrue(result.hitAt1() >= 0.85, "hit@1 " + result.hitAt1());
        assertTrue(result.hitAt3() >= 0.95, "hit@3 " + result.hitAt3());
    }
}
