package com.okpay.helpcenter.search;

import com.okpay.helpcenter.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A judged query set: tab-separated {@code locale, query, expected category/slug, rank 1|3}, optionally
 * followed by the {@code kind} of query and its {@code set} ({@code held} for the third held back
 * from tuning), and how a search index scores on it (hit@1, hit@3, MRR@10).
 */
record JudgedQueries(List<Judgement> judgements) {

    record Judgement(String locale, String query, String expected, int rank, String kind, boolean held) {
        Judgement(String locale, String query, String expected, int rank) {
            this(locale, query, expected, rank, "judged", false);
        }
    }

    record Miss(Judgement judgement, int rank, List<String> top) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "  %-5s %-28s want %s in top %d, was %s; got %s", judgement.locale(),
                    judgement.query(), judgement.expected(), judgement.rank(), rank == 0 ? "absent" : "#" + rank, top);
        }
    }

    record Evaluation(int queries, double hitAt1, double hitAt3, double mrr, List<Miss> misses, List<Miss> notFirst) {
        String report(String name) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d queries, hit@1 %.3f, hit@3 %.3f, MRR@10 %.3f, %d misses%n", name, queries, hitAt1, hitAt3,
                    mrr, misses.size()));
            misses.forEach(m -> out.append(m).append('\n'));
            out.append("not first (within their bar):\n");
            notFirst.stream().filter(m -> !misses.contains(m)).forEach(m -> out.append(m).append('\n'));
            return out.toString();
        }
    }

    static JudgedQueries read(Path file) {
        try {
            List<Judgement> judgements = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || cells[0].equals("locale")) {
                    continue;
                }
                String kind = cells.length > 4 ? cells[4].strip() : "judged";
                boolean held = cells.length > 5 && cells[5].strip().equals("held");
                judgements.add(new Judgement(cells[0], cells[1], cells[2], Integer.parseInt(cells[3].strip()), kind, held));
            }
            return new JudgedQueries(judgements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled content's judged keyword queries and questions without the held-back third: what
     * the tuning programs (FusionTuner, DenseVariantProbe) may look at.
     */
    static JudgedQueries bundledTuningRows() {
        List<Judgement> all = new ArrayList<>(read(Fixtures.resource("search/judged-bundled.tsv")).judgements());
        all.addAll(read(Fixtures.resource("search/questions-bundled.tsv")).judgements());
        return new JudgedQueries(all).only(j -> !j.held());
    }

    /** One line: hit@1/hit@3 of all these queries, then of each kind. */
    String perKind(String name, SearchService service, SearchIndex index, DenseRetriever dense) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s", name));
        Evaluation all = evaluate(service, index, dense);
        out.append(String.format(Locale.ROOT, " all %.3f/%.3f", all.hitAt1(), all.hitAt3()));
        for (String kind : kinds()) {
            Evaluation e = only(j -> j.kind().equals(kind)).evaluate(service, index, dense);
            out.append(String.format(Locale.ROOT, " | %s %.3f/%.3f", kind, e.hitAt1(), e.hitAt3()));
        }
        return out.toString();
    }

    long count(String locale) {
        return judgements.stream().filter(j -> j.locale().equals(locale)).count();
    }

    /**
     * hit@1 counts the queries whose article ranks first, hit@3 those in the top three; a query
     * judged "rank 3" meets its bar in the top three, but only rank 1 counts for hit@1.
     */
    Evaluation evaluate(SearchService service, SearchIndex index) {
        return evaluate(service, index, DenseRetriever.NONE);
    }

    /** The queries of one kind, or of the held-back third (or the rest). */
    JudgedQueries only(java.util.function.Predicate<Judgement> which) {
        return new JudgedQueries(judgements.stream().filter(which).toList());
    }

    java.util.Set<String> kinds() {
        return new java.util.TreeSet<>(judgements.stream().map(Judgement::kind).toList());
    }

    /**
     * How the answer passage fares: shown for how many queries, how many of those come from the
     * expected article (precision = right / shown), out of how many queries whose expected article
     * ranks first (recall = right / first).
     */
    record Answers(int queries, int shown, int right, int first) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "answer shown for %d of %d queries, precision %.3f, recall %.3f", shown, queries,
                    right / (double) Math.max(1, shown), right / (double) Math.max(1, first));
        }
    }

    Answers answers(SearchService service, SearchIndex index, DenseRetriever dense) {
        int shown = 0;
        int right = 0;
        int first = 0;
        for (Judgement j : judgements) {
            SearchResults results = service.search(index, new SearchRequest(j.locale(), j.query(), null, 1), dense);
            first += !results.hits().isEmpty() && results.hits().get(0).url().endsWith("/articles/" + j.expected()) ? 1 : 0;
            if (results.answer() != null) {
                shown++;
                right += results.answer().url().replaceFirst("#.*", "").endsWith("/articles/" + j.expected()) ? 1 : 0;
            }
        }
        return new Answers(judgements.size(), shown, right, first);
    }

    Evaluation evaluate(SearchService service, SearchIndex index, DenseRetriever dense) {
        int first = 0;
        int topThree = 0;
        double reciprocal = 0;
        List<Miss> misses = new ArrayList<>();
        List<Miss> notFirst = new ArrayList<>();
        for (Judgement judgement : judgements) {
            SearchResults results = service.search(index, new SearchRequest(judgement.locale(), judgement.query(), null, 1), dense);
            List<String> top = results.hits().stream().map(h -> h.url().replaceFirst("^(/[^/]+)?/articles/", "")).toList();
            int rank = top.indexOf(judgement.expected()) + 1;
            first += rank == 1 ? 1 : 0;
            topThree += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
            Miss miss = new Miss(judgement, rank, top.subList(0, Math.min(3, top.size())));
            if (rank == 0 || rank > judgement.rank()) {
                misses.add(miss);
            }
            if (rank != 1) {
                notFirst.add(miss);
            }
        }
        int n = Math.max(1, judgements.size());
        return new Evaluation(judgements.size(), first / (double) n, topThree / (double) n, reciprocal / n, misses, notFirst);
    }
}
