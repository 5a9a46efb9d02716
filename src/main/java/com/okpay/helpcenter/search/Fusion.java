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
 * Merges the lexical ranking with the dense one. By default with normalized scores: BM25 divided
 * by the best BM25 of the query, cosine scaled between the worst and best candidate, weighted
 * {@code 1 - alpha : alpha}; with {@code alpha = 0}, by reciprocal-rank fusion ({@code w/(k + rank)}
 * in each list). Both were tried on the judged sets (FusionTuner); scores won by a little. The lexical side keeps its strength where the model is blind:
 * a Latin-only query on a Chinese site (pinyin, initials, API names) is lexical only, and an
 * article whose title is exactly the query stays first.
 */
final class Fusion {
    /** Candidates taken from each side. */
    static final int DEPTH = 30;

    /**
     * @param k          the rank constant: smaller lets the first places of each list count for more
     * @param dense      the dense ranking's weight (the lexical one's is 1)
     * @param denseFloor a dense-only candidate below this cosine similarity is noise, not a result
     */
    record Params(double k, double dense, float denseFloor, double alpha) {
        static final Params DEFAULT = new Params(10, 1.0, 0.45f, 0.6);
    }

    private Fusion() {
    }

    /** Whether the dense ranking may take part at all. */
    static boolean denseApplies(String text, boolean chinese) {
        return !(chinese && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    /** @param lexicalScores the BM25 score of each lexical result */
    static List<Article> rank(Params params, String text, boolean chinese, List<Article> lexical, float[] lexicalScores,
                              List<DenseHit> dense) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        boolean byScore = params.alpha() > 0;
        float top = lexicalScores.length == 0 ? 1 : Math.max(1e-6f, lexicalScores[0]);
        for (int i = 0; i < lexical.size(); i++) {
            Article article = lexical.get(i);
            articles.putIfAbsent(article.key(), article);
            scores.merge(article.key(), byScore ? (1 - params.alpha()) * lexicalScores[i] / top : 1.0 / (params.k() + i + 1),
                    Double::sum);
        }
        float best = dense.isEmpty() ? 1 : dense.get(0).score();
        float worst = dense.isEmpty() ? 0 : dense.get(dense.size() - 1).score();
        for (int i = 0; i < dense.size(); i++) {
            DenseHit hit = dense.get(i);
            boolean lexicallyFound = articles.containsKey(hit.article().key());
            if (!lexicallyFound && hit.score() < params.denseFloor()) {
                continue;
            }
            articles.putIfAbsent(hit.article().key(), hit.article());
            scores.merge(hit.article().key(), byScore ? params.alpha() * (hit.score() - worst) / Math.max(1e-6f, best - worst)
                    : params.dense() / (params.k() + i + 1), Double::sum);
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
