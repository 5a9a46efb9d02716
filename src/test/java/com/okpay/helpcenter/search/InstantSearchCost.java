package com.okpay.helpcenter.search;

import com.okpay.helpcenter.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Not a test (needs the corpus): the CPU time (on the searching thread, so other processes'
 * load counts little) of {@code /api/search}'s search over the corpus judged queries, for the
 * default weights and without the exact-title bonus, and the costliest tuning rows (held-back rows
 * are measured, never printed). Arguments: corpus folder.
 */
public final class InstantSearchCost {
    private static final int ROUNDS = 5;

    private InstantSearchCost() {
    }

    public static void main(String[] args) throws Exception {
        try (WholeCorpus corpus = WholeCorpus.index(Path.of(args[0]))) {
            measure(corpus.index());
        }
    }

    private static void measure(SearchIndex index) {
        List<JudgedQueries.Judgement> mix = new ArrayList<>(JudgedQueries.read(Fixtures.resource("search/known-items-corpus.tsv")).judgements());
        mix.addAll(JudgedQueries.read(Fixtures.resource("search/questions-mdn.tsv")).judgements());
        for (Weights weights : List.of(Weights.DEFAULT, Weights.DEFAULT.withTitleExact(0), Weights.DEFAULT)) {
            SearchService service = new SearchService(weights);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[][] cpu = new long[mix.size()][ROUNDS + 1];
            for (int round = 0; round <= ROUNDS; round++) {
                for (int i = 0; i < mix.size(); i++) {
                    JudgedQueries.Judgement j = mix.get(i);
                    long start = threads.getCurrentThreadCpuTime();
                    service.instant(index, j.locale(), j.query(), 6);
                    cpu[i][round] = threads.getCurrentThreadCpuTime() - start;
                }
            }
            long[] all = Arrays.stream(cpu).flatMapToLong(c -> Arrays.stream(c, 1, c.length)).sorted().toArray();
            System.out.printf(Locale.ROOT, "title exact %.0f: CPU p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, mean %.2f ms%n", weights.titleExact(),
                    all[all.length / 2] / 1e6, all[(int) (all.length * 0.9)] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    Arrays.stream(all).average().orElse(0) / 1e6);
            Integer[] order = new Integer[mix.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> median(cpu[i])).reversed());
            Arrays.stream(order).filter(i -> !mix.get(i).held()).limit(12).forEach(i -> System.out.printf(Locale.ROOT,
                    "  %6.2f ms %-6s %s%n", median(cpu[i]) / 1e6, mix.get(i).locale(), mix.get(i).query()));
        }
    }

    private static long median(long[] rounds) {
        long[] measured = Arrays.copyOfRange(rounds, 1, rounds.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }
}
