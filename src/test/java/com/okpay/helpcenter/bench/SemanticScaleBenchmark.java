package com.okpay.helpcenter.bench;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.search.DenseRetriever;
import com.okpay.helpcenter.search.SearchIndex;
import com.okpay.helpcenter.search.SearchIndexer;
import com.okpay.helpcenter.search.SearchRequest;
import com.okpay.helpcenter.search.SearchService;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.semantic.SemanticSearch;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test (needs the corpus): semantic search over the whole corpus as one site (11 973
 * articles), with the vectors kept in {@code cache} between runs. The first run embeds everything
 * (prints wall and CPU time); a later run with the same cache is a restart with unchanged content
 * (a new process: the models' loading is included). Then each run edits one article and times until
 * it is semantically searchable, and measures the hybrid results page at full scale (first round:
 * each query embedded; then query vectors cached) and the dense
 * retrieval (HNSW) alone with cached query vectors. Arguments: corpus folder, cache folder (kept), then {@code no-latency}.
 */
public final class SemanticScaleBenchmark {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SemanticScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        Path cache = Path.of(args.length > 1 ? args[1] : "target/semantic-scale-cache").toAbsolutePath();
        if (!Files.isDirectory(corpus.resolve("zh-mdn"))) {
            System.err.println("no corpus at " + corpus + ": skipped");
            return;
        }
        boolean warm = Files.isDirectory(cache.resolve("vectors"));
        Path site = Files.createTempDirectory("semantic-scale-");
        try {
            BenchSite.write(corpus, site, 11_973);
            Content content = new ContentLoader(new MarkdownRenderer(), false).load(site);
            boolean latency = args.length < 3 || !args[2].equals("no-latency");
            System.out.printf(Locale.ROOT, "%,d articles; %d cores, load average %.1f%n", content.articleCount(),
                    Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
            try (SemanticSearch semantic = new SemanticSearch(cache)) {
                long cpu = OS.getProcessCpuTime();
                long start = System.nanoTime();
                SemanticIndex vectors = semantic.index(content);
                if (!vectors.await(Duration.ofHours(3))) {
                    System.out.println("embedding failed or took over 3 hours");
                    return;
                }
                System.out.printf(Locale.ROOT, "%s: semantic-ready in %.1f s wall, %.1f s CPU (models' loading included; load average %.1f)%n",
                        warm ? "restart with unchanged content (vectors on disk)" : "first embedding of the whole corpus",
                        (System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9, OS.getSystemLoadAverage());
                edit(site, semantic);
                if (latency) {
                    latency(new SearchIndexer().build(content), vectors);
                }
            }
        } finally {
            BenchSite.delete(site);
        }
    }

    /** Appends a section about a made-up word to one article and times until dense retrieval finds it by that section. */
    private static void edit(Path site, SemanticSearch semantic) throws Exception {
        Path edited;
        try (Stream<Path> files = Files.walk(site.resolve("en"))) {
            // a short article, so that the new section is within the chunks an article gets
            edited = files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("_category.md"))
                    .filter(f -> f.toFile().length() > 1000).min(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        // the file is a hard link into the corpus; the new text differs at each run, so it is embedded: replace the link, never write through it
        String text = Files.readString(edited);
        Files.delete(edited);
        Files.writeString(edited, text + "\n\n## Refunds for lost parcels\n\nA parcel lost by the courier is refunded in full "
                + "within five working days, shipping included (case " + System.nanoTime() + ").\n");
        Content next = new ContentLoader(new MarkdownRenderer(), false).load(site);
        long start = System.nanoTime();
        SemanticIndex vectors = semantic.index(next);
        vectors.await(Duration.ofMinutes(10));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // as the results page asks: the article is among the dense candidates, matched by its new section
        List<DenseRetriever.DenseHit> hits = vectors.nearest("en", "refund for a parcel the courier lost", 30);
        System.out.printf(Locale.ROOT, "one-article edit: semantically searchable in %,d ms (load average %.1f); found by its new section"
                        + " among the 30 dense candidates: %s%n", millis, OS.getSystemLoadAverage(),
                hits.stream().anyMatch(h -> h.article().html().contains("lost by the courier") && h.chunk() > 0));
        // and back, so that the next run starts with unchanged content
        Files.writeString(edited, text);
        next = new ContentLoader(new MarkdownRenderer(), false).load(site);
        start = System.nanoTime();
        semantic.index(next).await(Duration.ofMinutes(10));
        System.out.printf(Locale.ROOT, "the edit undone: semantically searchable in %,d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static void latency(SearchIndex index, SemanticIndex vectors) throws Exception {
        List<String[]> queries = new ArrayList<>();
        for (String file : List.of("search/known-items-corpus.tsv", "search/questions-mdn.tsv")) {
            for (String line : Files.readAllLines(com.okpay.helpcenter.testing.Fixtures.resource(file))) {
                String[] c = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && !c[0].equals("locale")) {
                    queries.add(c);
                }
            }
        }
        SearchService service = new SearchService();
        // first each query embedded (a query-vector cache miss), then cached; the difference is the embedding
        measure("hybrid results page, each query embedded the first time", queries, 1,
                q -> service.search(index, new SearchRequest(q[0], q[1], null, 1), vectors));
        measure("hybrid results page, query vectors cached", queries, 3,
                q -> service.search(index, new SearchRequest(q[0], q[1], null, 1), vectors));
        measure("dense retrieval alone, query vector cached (HNSW search, 30 articles as the results page asks)", queries, 3,
                q -> vectors.nearest(q[0], q[1], 30));
        measure("lexical results page", queries, 3, q -> service.search(index, new SearchRequest(q[0], q[1], null, 1)));
    }

    private static void measure(String name, List<String[]> queries, int rounds, java.util.function.Consumer<String[]> search) {
        long[] nanos = new long[queries.size() * rounds];
        int n = 0;
        double load = OS.getSystemLoadAverage();
        for (int round = 0; round < rounds; round++) {
            for (String[] q : queries) {
                long start = System.nanoTime();
                search.accept(q);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p99 %.2f ms (%d searches, load average %.1f -> %.1f)%n", name,
                nanos[nanos.length / 2] / 1e6, nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.99))] / 1e6, nanos.length,
                load, OS.getSystemLoadAverage());
    }
}
