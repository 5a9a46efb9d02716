package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.semantic.SemanticSearch;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: shows how hit@1 of each kind of judged query moves with the fusion parameters, on
 * the bundled content, using only the rows NOT held back (the held-back third stays unseen while
 * tuning: this program never runs them). Vectors persist in {@code target/tuning-cache}, so only
 * the first run embeds. With the argument {@code misses}, also lists the tuning rows the default
 * settings miss.
 * Run: {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.okpay.helpcenter.search.FusionTuner}
 */
public final class FusionTuner {
    private FusionTuner() {
    }

    public static void main(String[] args) throws Exception {
        JudgedQueries tune = JudgedQueries.bundledTuningRows();
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        SearchIndex index = new SearchIndexer().build(content);
        try (SemanticSearch semantic = new SemanticSearch(Path.of("target/tuning-cache"))) {
            SemanticIndex vectors = semantic.index(content);
            vectors.await(Duration.ofMinutes(5));
            System.out.println(tune.perKind("lexical only", new SearchService(), index, DenseRetriever.NONE));
            System.out.println(tune.perKind("default settings", new SearchService(), index, vectors));
            for (Map.Entry<String, SearchService> variant : args.length > 0 ? Map.<String, SearchService>of().entrySet()
                    : variants().entrySet()) {
                System.out.println(tune.perKind(variant.getKey(), variant.getValue(), index,
                        variant.getKey().startsWith("lexical") ? DenseRetriever.NONE : vectors));
            }
            if (List.of(args).contains("answers")) {
                answers(tune, index, vectors);
            }
            if (List.of(args).contains("misses")) {
                System.out.print(tune.evaluate(new SearchService(), index, vectors).report("default settings, tuning rows"));
            }
        }
    }

    private static Map<String, SearchService> variants() {
        Map<String, SearchService> variants = new LinkedHashMap<>();
        Fusion.Params base = Fusion.Params.DEFAULT;
        variants.put("default", new SearchService(Weights.DEFAULT, base));
        variants.put("dense only", new SearchService(Weights.DEFAULT, new Fusion.Params(false, 10, 1, 0f, 0f, 0f, 1, 1, 0, Answers.THRESHOLD)));
        variants.put("rrf k 5", new SearchService(Weights.DEFAULT, new Fusion.Params(true, 5, 1, base.denseFloor(), base.scopeZh(), base.scopeOther(), 0, 0, 0, Answers.THRESHOLD)));
        for (float question : new float[] {1, 0.5f}) {
            Weights weights = Weights.DEFAULT.withQuestion(question);
            for (double span : new double[] {0, 0.05, 0.1, 0.2}) {
                for (double[] alpha : new double[][] {{0.6, 0.6}, {0.7, 0.7}, {0.8, 0.8}, {0.8, 0.6}, {0.6, 0.8}}) {
                    variants.put(String.format(Locale.ROOT, "q %.1f span %.2f alpha %.1f/%.1f", question, span, alpha[0], alpha[1]),
                            new SearchService(weights, new Fusion.Params(false, 10, 1, base.denseFloor(), base.scopeZh(), base.scopeOther(), alpha[0], alpha[1], span, Answers.THRESHOLD)));
                }
            }
        }
        return variants;
    }

    /**
     * How often the answer passage is shown and right (from the expected article) at each threshold:
     * precision = right / shown; recall = right / questions whose expected article ranks first.
     */
    private static void answers(JudgedQueries tune, SearchIndex index, DenseRetriever dense) {
        for (float threshold = 0.50f; threshold < 0.86f; threshold += 0.025f) {
            SearchService service = new SearchService(Weights.DEFAULT, Fusion.Params.DEFAULT.withAnswer(threshold));
            System.out.printf(Locale.ROOT, "answer threshold %.3f: %s%n", threshold, tune.answers(service, index, dense));
        }
    }
}
