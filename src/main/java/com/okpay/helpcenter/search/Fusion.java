package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.search.DenseRetriever.DenseHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the lexical ranking with the dense one by weighted reciprocal-rank fusion: an article
 * scores {@code w/(K + rank)} in each list it is in. Ranks, not scores, because BM25 and cosine
 * scores live on different scales. The lexical side keeps its strength where the model is blind:
 * a Latin-only query on a Chinese site (pinyin, initials, API names) is lexical only, and an
 * article whose title is exactly the query stays first.
 */
final class Fusion {
    /** Candidates taken from each side. */
    static final int DEPTH = 30;
    static final double K = 10;
    static final double LEXICAL_WEIGHT = 1.0;
    static final double DENSE_WEIGHT = 1.0;
    /** A dense-only candidate below this cosine similarity is noise, not a result. */
    static final float DENSE_FLOOR = 0.45f;

    private Fusion() {
    }

    /** Whether the dense ranking may take part at all. */
    static boolean denseApplies(String text, boolean chinese) {
        return !(chinese && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    static List<Article> rank(String text, boolean chinese, List<Article> lexical, List<DenseHit> dense) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            Article article = lexical.get(i);
            articles.putIfAbsent(article.key(), article);
            scores.merge(article.key(), LEXICAL_WEIGHT / (K + i + 1), Double::sum);
        }
        for (int i = 0; i < dense.size(); i++) {
            DenseHit hit = dense.get(i);
            boolean lexicallyFound = articles.containsKey(hit.article().key());
            if (!lexicallyFound && hit.score() < DENSE_FLOOR) {
                continue;
            }
            articles.putIfAbsent(hit.article().key(), hit.article());
            scores.merge(hit.article().key(), DENSE_WEIGHT / (K + i + 1), Double::sum);
        }
        List<Article> ranked = new ArrayList<>(articles.values());
        ranked.sort(Comparator.comparingDouble((Article a) -> -scores.get(a.key())));
        String folded = Analysis.fold(text, chinese).strip();
        for (Article article : lexical.subList(0, Math.min(3, lexical.size()))) {
            if (Analysis.fold(article.title(), chinese).strip().equals(folded)) {
                ranked.remove(article);
                ranked.add(0, article);
                break;
            }
        }
        return ranked;
    }
}
