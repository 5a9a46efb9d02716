package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.search.DenseRetriever.DenseHit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dense side alone may add to a results page. */
class FusionTest {
    @TempDir
    static Path folder;
    static List<Article> articles;

    @BeforeAll
    static void write() {
        TestSite site = new TestSite(folder).category("en", "faq", "FAQ");
        for (int i = 1; i <= 8; i++) {
            site.article("en", "faq", "a" + i, "Article " + i, "Summary " + i, "tag", "Body " + i);
        }
        articles = site.load().articles("en").stream().sorted(java.util.Comparator.comparing(Article::key)).toList();
    }

    /** Dense hits on every article, best first, their scores and cosines close together as bge's are. */
    private static List<DenseHit> dense() {
        List<DenseHit> hits = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            hits.add(new DenseHit(articles.get(i), 0.70f - i * 0.01f, 0, 0.70f - i * 0.01f));
        }
        return hits;
    }

    @Test
    void onlyTheDenseSidesFirstFewAreResultsWhenTheLexicalSideHasNone() {
        List<Article> ranked = Fusion.rank(Fusion.Params.DEFAULT, false, List.of(), new float[0], dense(), null);
        assertEquals(articles.subList(0, Fusion.DENSE_ONLY), ranked);
    }

    @Test
    void whatTheLexicalSideFoundIsKeptWhereverTheDenseSideRanksIt() {
        Article last = articles.get(articles.size() - 1);
        List<Article> ranked = Fusion.rank(Fusion.Params.DEFAULT, false, List.of(last), new float[] {3f}, dense(), null);
        assertTrue(ranked.contains(last));
        assertEquals(Fusion.DENSE_ONLY + 1, ranked.size());
    }

    @Test
    void aQueryNearToNothingOnTheSiteIsOutOfTheDenseSidesScope() {
        List<DenseHit> weak = List.of(new DenseHit(articles.get(0), 0.5f, 0, 0.49f));
        assertFalse(Fusion.Params.DEFAULT.inScope(true, weak));
        assertFalse(Fusion.Params.DEFAULT.inScope(false, weak));
        List<DenseHit> near = List.of(new DenseHit(articles.get(0), 0.6f, 0, 0.56f));
        assertTrue(Fusion.Params.DEFAULT.inScope(true, near));
        assertTrue(Fusion.Params.DEFAULT.inScope(false, near));
    }
}
