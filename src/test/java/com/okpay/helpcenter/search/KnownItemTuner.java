package com.okpay.helpcenter.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test (needs the corpus): hit@1 through {@code /api/search}'s search of the known-item
 * queries NOT held back (held-back rows are dropped as the file is read), on the whole corpus as one
 * site, for a few weights of the title bonuses (every word of the query; its words as written); with
 * {@code misses}, lists what the runs without the second bonus miss ({@link KnownItemMisses} says why).
 * Arguments: corpus folder, then optionally {@code misses}.
 */
public final class KnownItemTuner {
    private KnownItemTuner() {
    }

    public static void main(String[] args) throws Exception {
        try (WholeCorpus corpus = WholeCorpus.index(Path.of(args[0]))) {
            tune(corpus.index(), WholeCorpus.knownItemTuningRows(), args.length > 1);
        }
    }

    private static void tune(SearchIndex index, List<JudgedQueries.Judgement> tune, boolean misses) {
        for (float[] w : new float[][] {{4, 0}, {4, 1}, {4, 2}, {4, 4}, {4, 8}, {2, 2}, {2, 4}}) {
            float titleAll = w[0];
            SearchService service = new SearchService(Weights.DEFAULT.withTitleAll(titleAll).withTitleExact(w[1]));
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "title all %.0f, title exact %.1f:", titleAll, w[1]));
            for (String locale : List.of("zh-CN", "en")) {
                List<JudgedQueries.Judgement> rows = tune.stream().filter(j -> j.locale().equals(locale)).toList();
                long first = rows.stream().filter(j -> {
                    List<InstantResults.Hit> hits = service.instant(index, j.locale(), j.query(), 3).hits();
                    boolean hit = !hits.isEmpty() && hits.get(0).url().endsWith("/articles/" + j.expected());
                    if (!hit && misses && w[1] == 0) {
                        System.out.printf("  %-30s want %s got %s%n", j.query(), j.expected(), hits.stream().map(InstantResults.Hit::title).toList());
                    }
                    return hit;
                }).count();
                out.append(String.format(Locale.ROOT, " %s %.3f (%d)", locale, first / (double) rows.size(), rows.size()));
            }
            System.out.println(out);
        }
    }
}
