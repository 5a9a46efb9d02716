package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: prints the judged-set scores of {@link Weights#DEFAULT} (or of the comma-separated
 * weights given as argument) and of each weight halved and doubled, to see which way (if any) a
 * weight wants to move. Run from the project folder:
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.okpay.helpcenter.search.WeightTuner}
 */
public final class WeightTuner {
    private WeightTuner() {
    }

    public static void main(String[] args) throws Exception {
        ContentLoader loader = new ContentLoader(new MarkdownRenderer(), false);
        SearchIndexer indexer = new SearchIndexer();
        SearchIndex bundled = indexer.build(loader.load(Fixtures.bundledContent()));
        Path large = Files.createTempDirectory("large-site");
        Fixtures.copy(Fixtures.bundledContent(), large);
        Fixtures.copy(Path.of("src/test/resources/search/large-site"), large);
        SearchIndex largeIndex = indexer.build(loader.load(large));
        JudgedQueries bundledQueries = JudgedQueries.read(Path.of("src/test/resources/search/judged-bundled.tsv"));
        List<JudgedQueries.Judgement> all = new ArrayList<>(bundledQueries.judgements());
        all.addAll(JudgedQueries.read(Path.of("src/test/resources/search/judged-large.tsv")).judgements());
        JudgedQueries largeQueries = new JudgedQueries(all);

        float[] base = values(Weights.DEFAULT);
        if (args.length > 0) {
            String[] given = args[0].split(",");
            for (int i = 0; i < given.length; i++) {
                base[i] = Float.parseFloat(given[i]);
            }
        }
        String[] names = {"title", "tags", "headings", "summary", "body", "bigrams", "pinyin", "fuzzy", "prefix", "synonyms"};
        print("default", base, bundledQueries, bundled, largeQueries, largeIndex);
        for (int i = 0; i < base.length; i++) {
            for (float factor : new float[] {0.5f, 2f}) {
                float[] changed = base.clone();
                changed[i] *= factor;
                print(names[i] + " x" + factor, changed, bundledQueries, bundled, largeQueries, largeIndex);
            }
        }
    }

    private static void print(String name, float[] w, JudgedQueries bundledQueries, SearchIndex bundled,
                              JudgedQueries largeQueries, SearchIndex large) {
        SearchService service = new SearchService(new Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], Weights.DEFAULT.question(), Weights.DEFAULT.titleAll(),
                Weights.DEFAULT.titleExact()));
        JudgedQueries.Evaluation a = bundledQueries.evaluate(service, bundled);
        JudgedQueries.Evaluation b = largeQueries.evaluate(service, large);
        System.out.printf(Locale.ROOT, "%-16s bundled %.3f %.3f %.3f | large %.3f %.3f %.3f%n", name,
                a.hitAt1(), a.hitAt3(), a.mrr(), b.hitAt1(), b.hitAt3(), b.mrr());
    }

    private static float[] values(Weights w) {
        return new float[] {w.title(), w.tags(), w.headings(), w.summary(), w.body(), w.bigrams(), w.pinyin(),
            w.fuzzy(), w.prefix(), w.synonyms()};
    }
}
