package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.semantic.SemanticSearch;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid search (lexical fused with dense retrieval) on the bundled content, judged per kind of
 * query: the 148 keyword queries and the colloquial Chinese and paraphrased English questions of
 * issue 12, with the randomly held-back third reported (and held to the same bar) separately.
 * Issue 12's bars (overall hit@1 >= 0.95 and hit@3 >= 0.99, every kind hit@1 >= 0.90) are NOT met
 * yet: the report says which fall short. What is asserted is the level reached (BENCHMARKS.md, rounded
 * down to the hundredth), so a change that makes search worse fails.
 */
class HybridQualityTest {
    /** hit@1 reached by each kind of query, and by its held-back third. */
    private static final java.util.Map<String, Double> REACHED = java.util.Map.of(
            "judged", 0.94, "zh-colloquial", 0.86, "zh-colloquial (held back)", 0.75,
            "en-paraphrase", 0.83, "en-paraphrase (held back)", 0.71);
    private static final double REACHED_OVERALL_HIT_AT_1 = 0.90;
    private static final double REACHED_OVERALL_HIT_AT_3 = 0.97;
    /** Questions of out-of-scope.tsv (not held back) that get results by meaning alone (BENCHMARKS.md). */
    private static final int REACHED_OUT_OF_SCOPE = 8;
    private final SearchService service = new SearchService();

    @Test
    void everyKindOfQueryFindsItsArticle(@TempDir Path cache) throws Exception {
        List<JudgedQueries.Judgement> all = new ArrayList<>(JudgedQueries.read(Fixtures.resource("search/judged-bundled.tsv")).judgements());
        all.addAll(JudgedQueries.read(Fixtures.resource("search/questions-bundled.tsv")).judgements());
        JudgedQueries judged = new JudgedQueries(all);
        boolean tuning = Boolean.getBoolean("quality.tuning");
        if (tuning) {
            judged = judged.only(j -> !j.held());
        }
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        SearchIndex index = new SearchIndexer().build(content);
        try (SemanticSearch semantic = new SemanticSearch(cache)) {
            SemanticIndex vectors = semantic.index(content);
            assertTrue(vectors.await(Duration.ofMinutes(5)), "vectors ready");
            List<String> failures = new ArrayList<>();
            JudgedQueries.Evaluation overall = judged.evaluate(service, index, vectors);
            System.out.print(overall.report("hybrid, bundled, all kinds" + (tuning ? " (tuning rows only)" : "")));
            check(failures, "overall", overall, true);
            for (String kind : judged.kinds()) {
                JudgedQueries ofKind = judged.only(j -> j.kind().equals(kind));
                check(failures, kind, summary(kind, ofKind.evaluate(service, index, vectors)), false);
                JudgedQueries held = ofKind.only(JudgedQueries.Judgement::held);
                if (!held.judgements().isEmpty()) {
                    check(failures, kind + " (held back)", summary(kind + " held back", held.evaluate(service, index, vectors)), false);
                }
            }
            System.out.println("  questions not held back: " + judged.only(j -> !j.held() && !j.kind().equals("judged"))
                    .answers(service, index, vectors));
            System.out.println("  questions held back:     " + judged.only(JudgedQueries.Judgement::held).answers(service, index, vectors));
            OutOfScope outside = outOfScope(tuning, false, index, vectors);
            System.out.println("  out of scope:             " + outside);
            System.out.println("  out of scope, held back:  " + outOfScope(tuning, true, index, vectors));
            if (outside.answered() > 0) {
                failures.add("a best answer was shown for a question the site does not answer");
            }
            if (outside.withMeaningOnly() > REACHED_OUT_OF_SCOPE) {
                failures.add("more questions the site does not answer got results by meaning alone: " + outside);
            }
            assertTrue(failures.isEmpty(), String.join("; ", failures));
        }
    }

    /**
     * What questions the site does not answer get: a best answer (never), and results that only the
     * dense side found (any question is somewhat near to some page).
     */
    record OutOfScope(int questions, int answered, int withMeaningOnly, long meaningOnly, long results) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d questions, best answer shown for %d, results by meaning alone for %d"
                    + " (%d such results, %d results in all)", questions, answered, withMeaningOnly, meaningOnly, results);
        }
    }

    private OutOfScope outOfScope(boolean tuning, boolean held, SearchIndex index, DenseRetriever vectors) throws Exception {
        int questions = 0;
        int answered = 0;
        int withMeaningOnly = 0;
        long meaningOnly = 0;
        long results = 0;
        for (String line : java.nio.file.Files.readAllLines(Fixtures.resource("search/out-of-scope.tsv"))) {
            String[] cells = line.split("\t");
            if (line.isBlank() || line.startsWith("#") || cells[0].equals("locale") || cells[2].equals("held") != held
                    || tuning && held) {
                continue;
            }
            SearchRequest request = new SearchRequest(cells[0], cells[1], null, 1);
            SearchResults hybrid = service.search(index, request, vectors);
            long extra = hybrid.total() - service.search(index, request, DenseRetriever.NONE).total();
            questions++;
            answered += hybrid.answer() == null ? 0 : 1;
            withMeaningOnly += extra > 0 ? 1 : 0;
            meaningOnly += extra;
            results += hybrid.total();
        }
        return new OutOfScope(questions, answered, withMeaningOnly, meaningOnly, results);
    }

    private static JudgedQueries.Evaluation summary(String name, JudgedQueries.Evaluation result) {
        System.out.printf(java.util.Locale.ROOT, "  %-28s %3d queries  hit@1 %.3f  hit@3 %.3f  MRR %.3f%n", name,
                result.queries(), result.hitAt1(), result.hitAt3(), result.mrr());
        return result;
    }

    private static void check(List<String> failures, String name, JudgedQueries.Evaluation result, boolean overall) {
        String figures = String.format(java.util.Locale.ROOT, "%s: hit@1 %.3f hit@3 %.3f", name, result.hitAt1(), result.hitAt3());
        if (result.hitAt1() < (overall ? 0.95 : 0.90) || overall && result.hitAt3() < 0.99) {
            System.out.println("  below issue 12's bar: " + figures);
        }
        if (result.hitAt1() < (overall ? REACHED_OVERALL_HIT_AT_1 : REACHED.getOrDefault(name, 0.5))
                || overall && result.hitAt3() < REACHED_OVERALL_HIT_AT_3) {
            failures.add(figures);
        }
    }
}
