package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged queries: the article a customer needs must come first (hit@1 >= 0.85) or at least
 * among the first three (hit@3 >= 0.95), on the bundled content and on a larger site where
 * hundreds of unrelated pages share its words. Prints MRR@10 and every miss.
 */
class SearchQualityTest {
    private final SearchService service = new SearchService();

    @Test
    void bundledContentAnswersTheJudgedQueries() throws Exception {
        JudgedQueries judged = JudgedQueries.read(Fixtures.resource("search/judged-bundled.tsv"));
        assertTrue(judged.count("zh-CN") >= 60 && judged.count("en") >= 30, "judged set is large enough");
        assertQuality("bundled content", judged, load(Fixtures.bundledContent()));
    }

    @Test
    void largerSiteStillAnswersThemAmongHundredsOfDistractors(@TempDir Path site) throws Exception {
        Fixtures.copy(Fixtures.bundledContent(), site);
        Fixtures.copy(Fixtures.resource("search/large-site"), site);
        List<JudgedQueries.Judgement> all = new ArrayList<>(JudgedQueries.read(Fixtures.resource("search/judged-bundled.tsv")).judgements());
        all.addAll(JudgedQueries.read(Fixtures.resource("search/judged-large.tsv")).judgements());
        Content content = load(site);
        assertTrue(content.articleCount() > 300, "the distractors are there");
        assertQuality("larger site (" + content.articleCount() + " articles)", new JudgedQueries(all), content);
    }

    private void assertQuality(String name, JudgedQueries judged, Content content) {
        JudgedQueries.Evaluation result = judged.evaluate(service, new SearchIndexer().build(content));
        System.out.print(result.report(name));
        assertTrue(result.hitAt1() >= 0.85, name + ": hit@1 " + result.hitAt1());
        assertTrue(result.hitAt3() >= 0.95, name + ": hit@3 " + result.hitAt3());
    }

    private static Content load(Path root) throws Exception {
        return new ContentLoader(new MarkdownRenderer(), false).load(root);
    }
}
