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
 * by the best BM25 of the query, the dense score scaled between the worst and best candidate,
 * weighted {@code 1 - alpha : alpha}; with {@code rrf}, by reciprocal-rank fusion
 * ({@code w/(k + rank)} in each list). Both were tried on the judged sets (FusionTuner). The lexical
 * side keeps its strength where the model is blind: a Latin-only query on a Chinese site (pinyin,
 * initials, API names) is lexical only, and the article the query names (its title, or every word
 * of it: {@code SearchService#named}) stays first: at 12 000 articles, many of them near-duplicates,
 * the dense side's favourite outvoted such titles (known items through the results page fell from
 * 1.000 to 0.898 hit@1 on the Chinese site).
 */
final class Fusion {
    /** Candidates taken from each side. */
    static final int DEPTH = 30;
    /**
     * A candidate only the dense side found is a result only from among its first few: past them,
     * it is what any question is somewhat near to (out-of-scope.tsv: a question about the weather
     * had every page of the site as a result).
     */
    static final int DENSE_ONLY = 5;

    /**
     * @param rrf        reciprocal-rank fusion instead of normalized scores
     * @param k          the rank constant of reciprocal-rank fusion
     * @param dense      the dense ranking's weight in reciprocal-rank fusion (the lexical one's is 1)
     * @param denseFloor a dense-only candidate below this cosine similarity is noise, not a result
     * @param scopeZh    on a Chinese site, a query whose nearest passage is less similar than this
     *                   is about nothing the site covers (the weather, a recipe: out-of-scope.tsv),
     *                   and the dense side, which always finds something nearest, stays out
     * @param scopeOther the same on any other site (another model, whose similarities run higher)
     * @param alphaZh    the dense share of a normalized score on a Chinese site
     * @param alphaOther the same on any other site
     * @param denseSpan  0: dense scores scaled between the worst and best candidate; otherwise a
     *                   candidate this far below the best dense score counts nothing
     * @param answer     the cosine similarity from which the top article's best passage is shown as
     *                   the answer ({@link Answers})
     */
    record Params(boolean rrf, double k, double dense, float denseFloor, float scopeZh, float scopeOther, double alphaZh,
                  double alphaOther, double denseSpan, float answer) {
        static final Params DEFAULT = new Params(false, 10, 1.0, 0.45f, 0.50f, 0.55f, 0.8, 0.6, 0.2, Answers.THRESHOLD);

        Params withAnswer(float threshold) {
            return new Params(rrf, k, dense, denseFloor, scopeZh, scopeOther, alphaZh, alphaOther, denseSpan, threshold);
        }

        /** Whether the query is near enough to something on the site for the dense side to take part. */
        boolean inScope(boolean chinese, List<DenseHit> nearest) {
            float scope = chinese ? scopeZh : scopeOther;
            return nearest.stream().anyMatch(hit -> hit.cosine() >= scope);
        }

        double alpha(boolean chinese) {
            return chinese ? alphaZh : alphaOther;
        }
    }

    private Fusion() {
    }

    /** Whether the dense ranking may take part at all. */
    static boolean denseApplies(String text, boolean chinese) {
        return !(chinese && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    /**
     * @param lexicalScores the BM25 score of each lexical result
     * @param named         the lexical result the query names, kept first; or null
     */
    static List<Article> rank(Params params, boolean chinese, List<Article> lexical, float[] lexicalScores,
                              List<DenseHit> dense, Article named) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        double alpha = params.alpha(chinese);
        float top = lexicalScores.length == 0 ? 1 : Math.max(1e-6f, lexicalScores[0]);
        for (int i = 0; i < lexical.size(); i++) {
            Article article = lexical.get(i);
            articles.putIfAbsent(article.key(), article);
            scores.merge(article.key(), params.rrf() ? 1.0 / (params.k() + i + 1) : (1 - alpha) * lexicalScores[i] / top,
                    Double::sum);
        }
        List<DenseHit> kept = new ArrayList<>();
        for (DenseHit hit : dense) {
            if (articles.containsKey(hit.article().key()) || hit.cosine() >= params.denseFloor()) {
                kept.add(hit);
            }
        }
        double best = kept.isEmpty() ? 1 : kept.get(0).score();
        double worst = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).score();
        for (int i = 0; i < kept.size(); i++) {
            DenseHit hit = kept.get(i);
            double score = hit.score();
            double fused = params.rrf() ? params.dense() / (params.k() + i + 1)
                    : alpha * (params.denseSpan() > 0 ? Math.max(0, 1 - (best - score) / params.denseSpan())
                    : (score - worst) / Math.max(1e-6, best - worst));
            if (!articles.containsKey(hit.article().key()) && (fused <= 0 || i >= DENSE_ONLY)) {
                continue; // only the dense side has it, and that side gives it little or nothing: no result
            }
            articles.putIfAbsent(hit.article().key(), hit.article());
            scores.merge(hit.article().key(), fused, Double::sum);
        }
        List<Article> ranked = new ArrayList<>(articles.values());
        ranked.sort(Comparator.comparingDouble((Article a) -> -scores.get(a.key())));
        if (named != null) {
            ranked.remove(named);
            ranked.add(0, named);
        }
        return ranked;
    }
}
