package com.okpay.helpcenter.bench;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.search.DenseRetriever;
import com.okpay.helpcenter.search.InstantResults;
import com.okpay.helpcenter.search.SearchIndex;
import com.okpay.helpcenter.search.SearchIndexer;
import com.okpay.helpcenter.search.SearchRequest;
import com.okpay.helpcenter.search.SearchResults;
import com.okpay.helpcenter.search.SearchService;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.semantic.SemanticSearch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Not a test (needs the corpus): search at corpus scale (the whole corpus as one site, 11 973
 * articles). Prints known-item hit@1 through {@code /api/search}'s search ({@link SearchService#instant})
 * and the results page, per kind and for the held-back third separately (figures only, no query);
 * latency p50/p99 of lexical instant suggestions and results pages; then embeds a sample of
 * {@code sample} articles (both languages in their natural proportion), prints the embedding time
 * and its per-article extrapolation to 12 000 articles, and the hybrid results page's latency with
 * those vectors next to the whole lexical index (cold: each query embedded; warm: query vectors
 * cached), and every set's hit@1/hit@3 through the hybrid results page (with the whole corpus as
 * the sample, that is the quality at full scale). Arguments: corpus folder (default
 * ../shared/corpus), sample (default 200, 0 skips), then a cache folder to keep the vectors in
 * between runs (default: a temporary one, deleted).
 */
public final class HybridSearchBenchmark {
    private static final int ROUNDS = 3;

    private HybridSearchBenchmark() {
    }

    record Query(String locale, String text, String expected, String kind, boolean held) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        if (!Files.isDirectory(corpus.resolve("zh-mdn"))) {
            System.err.println("no corpus at " + corpus + ": skipped");
            return;
        }
        System.out.printf(Locale.ROOT, "%d cores, load average %.1f, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                load(), Runtime.getRuntime().maxMemory() >> 20);
        Path site = Files.createTempDirectory("hybrid-bench-");
        Path small = Files.createTempDirectory("hybrid-bench-sample-");
        boolean keptCache = args.length > 2;
        Path cache = keptCache ? Path.of(args[2]).toAbsolutePath() : Files.createTempDirectory("hybrid-bench-cache-");
        try {
            BenchSite.write(corpus, site, 11_973);
            long start = System.nanoTime();
            Content content = new ContentLoader(new MarkdownRenderer(), false).load(site);
            SearchIndex index = new SearchIndexer().build(content);
            System.out.printf(Locale.ROOT, "%,d articles loaded and indexed in %.1f s (load average %.1f)%n", content.articleCount(),
                    (System.nanoTime() - start) / 1e9, load());
            SearchService service = new SearchService();
            List<Query> known = read("search/known-items-corpus.tsv");
            List<Query> questions = read("search/questions-mdn.tsv");
            for (List<Query> set : List.of(known, questions)) {
                byKind(set, (kind, rows) -> System.out.printf(Locale.ROOT,
                        "%s %3d queries: /api/search hit@1 %.3f | results page hit@1 %.3f hit@3 %.3f%n", kind, rows.size(),
                        hitAt1Instant(service, index, rows), hitAt(service, index, DenseRetriever.NONE, rows, 1),
                        hitAt(service, index, DenseRetriever.NONE, rows, 3)));
            }
            List<Query> mix = new ArrayList<>(known);
            mix.addAll(questions);
            latency("lexical instant (/api/search)", mix, false, q -> service.instant(index, q.locale(), q.text(), 6));
            latency("lexical results page", mix, false, q -> service.search(index, new SearchRequest(q.locale(), q.text(), null, 1)));
            if (sample > 0) {
                semantic(corpus, small, cache, sample, service, index, mix);
            }
        } finally {
            BenchSite.delete(site);
            BenchSite.delete(small);
            if (!keptCache) {
                BenchSite.delete(cache);
            }
        }
    }

    /** Each kind of query of a set, its tuning rows and its held-back third apart, labelled. */
    private static void byKind(List<Query> set, java.util.function.BiConsumer<String, List<Query>> report) {
        for (String kind : new TreeSet<>(set.stream().map(Query::kind).toList())) {
            for (boolean held : new boolean[] {false, true}) {
                List<Query> rows = set.stream().filter(q -> q.kind().equals(kind) && q.held() == held).toList();
                report.accept(String.format(Locale.ROOT, "%-16s %-9s", kind, held ? "held back" : "tuning"), rows);
            }
        }
    }

    private static void semantic(Path corpus, Path small, Path cache, int sample, SearchService service, SearchIndex index,
                                 List<Query> mix) throws Exception {
        BenchSite.write(corpus, small, sample);
        Content subset = new ContentLoader(new MarkdownRenderer(), false).load(small);
        try (SemanticSearch semantic = new SemanticSearch(cache)) {
            long start = System.nanoTime();
            SemanticIndex vectors = semantic.index(subset);
            if (!vectors.await(Duration.ofHours(3))) {
                System.out.println("embedding failed or took over 3 hours");
                return;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "embedding %,d articles (both models' loading included): %.1f s, %.0f ms per article;"
                            + " 12 000 articles extrapolated from this sample: %.0f min (load average %.1f)%n", subset.articleCount(),
                    seconds, seconds * 1000 / subset.articleCount(), seconds * 12_000 / subset.articleCount() / 60, load());
            // the vectors of the sample next to the whole lexical index: the kNN graph is smaller than at full scale
            latency("hybrid results page", mix, true, q -> service.search(index, new SearchRequest(q.locale(), q.text(), null, 1), vectors));
            for (String set : List.of("search/known-items-corpus.tsv", "search/questions-mdn.tsv")) {
                byKind(read(set), (kind, rows) -> System.out.printf(Locale.ROOT,
                        "hybrid (vectors of %,d articles): %s %3d queries: results page hit@1 %.3f hit@3 %.3f%n",
                        subset.articleCount(), kind, rows.size(), hitAt(service, index, vectors, rows, 1),
                        hitAt(service, index, vectors, rows, 3)));
            }
        }
    }

    private static double hitAt1Instant(SearchService service, SearchIndex index, List<Query> rows) {
        long first = rows.stream().filter(q -> {
            List<InstantResults.Hit> hits = service.instant(index, q.locale(), q.text(), 6).hits();
            return !hits.isEmpty() && hits.get(0).url().endsWith("/articles/" + q.expected());
        }).count();
        return first / (double) Math.max(1, rows.size());
    }

    private static double hitAt(SearchService service, SearchIndex index, DenseRetriever dense, List<Query> rows, int depth) {
        Predicate<Query> found = q -> {
            SearchResults results = service.search(index, new SearchRequest(q.locale(), q.text(), null, 1), dense);
            return results.hits().stream().limit(depth).anyMatch(h -> h.url().endsWith("/articles/" + q.expected()));
        };
        return rows.stream().filter(found).count() / (double) Math.max(1, rows.size());
    }

    /** One cold round (its figures printed apart when {@code cold} matters), then {@link #ROUNDS} measured ones. */
    private static void latency(String name, List<Query> mix, boolean cold, Consumer<Query> search) {
        long[] first = new long[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long start = System.nanoTime();
            search.accept(mix.get(i));
            first[i] = System.nanoTime() - start;
        }
        long[] nanos = new long[mix.size() * ROUNDS];
        long[] cpu = new long[nanos.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (Query q : mix) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                search.accept(q);
                cpu[n] = threads.getCurrentThreadCpuTime() - startCpu;
                nanos[n++] = System.nanoTime() - start;
            }
        }
        if (cold) {
            System.out.printf(Locale.ROOT, "%s, first time each query (embedded): %s%n", name, percentiles(first));
        }
        System.out.printf(Locale.ROOT, "%s%s: %s (%d queries, load average %.1f)%n", name, cold ? ", query vectors cached" : "",
                percentiles(nanos), nanos.length, load());
        // the CPU a query took on its own thread: what it costs when the cores are not shared
        System.out.printf(Locale.ROOT, "%s%s, CPU time: %s%n", name, cold ? ", query vectors cached" : "", percentiles(cpu));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6);
    }

    private static List<Query> read(String resource) throws IOException {
        List<Query> rows = new ArrayList<>();
        for (String line : Files.readAllLines(com.okpay.helpcenter.testing.Fixtures.resource(resource))) {
            String[] c = line.split("\t");
            if (line.isBlank() || line.startsWith("#") || c[0].equals("locale")) {
                continue;
            }
            rows.add(new Query(c[0], c[1], c[2], c.length > 4 ? c[4].strip() : "judged", c.length > 5 && c[5].strip().equals("held")));
        }
        return rows;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
