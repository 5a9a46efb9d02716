package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.semantic.SemanticSearch;
import com.okpay.helpcenter.testing.Fixtures;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Not a test (needs /work/shared/corpus): the corpus-scale judged sets of issue 12 and the cost of
 * semantic search. Lays out the whole corpus (11 973 articles: zh-mdn + en-docs) as one site and
 * reports, per kind and for the held-back third separately, hit@1 of the known-item queries through
 * the suggestions API's search ({@code /api/search}: {@link SearchService#instant}) and the results
 * page, and of the MDN questions (lexical). Then, on a site of the first {@code sample} articles of
 * each locale: first embedding time (extrapolated per article), restart-to-ready with the vectors on
 * disk, a one-article edit, and hybrid results-page latency. Prints figures; BENCHMARKS.md has them.
 *
 * <p>Arguments: corpus folder (default {@code ../shared/corpus}), sample articles per locale (default 200; 0 skips),
 * then {@code semantic-only} to skip the whole-corpus judged sets.
 */
public final class CorpusQualityBenchmark {
    private CorpusQualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        if (!Files.isDirectory(corpus.resolve("zh-mdn")) || !Files.isDirectory(corpus.resolve("en-docs"))) {
            System.err.println("no corpus at " + corpus + ": skipped");
            return;
        }
        System.out.printf(Locale.ROOT, "%d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(), load());
        if (args.length > 2 && args[2].equals("semantic-only")) {
            semanticCost(corpus, sample, new SearchService());
            return;
        }
        Path site = Files.createTempDirectory("corpus-quality-");
        lay(corpus, site, Integer.MAX_VALUE);
        long start = System.nanoTime();
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(site);
        SearchIndex index = new SearchIndexer().build(content);
        System.out.printf(Locale.ROOT, "%,d articles loaded and indexed in %,d ms%n", content.articleCount(), (System.nanoTime() - start) / 1_000_000);
        SearchService service = new SearchService();
        JudgedQueries known = JudgedQueries.read(Fixtures.resource("search/known-items-corpus.tsv"));
        JudgedQueries questions = JudgedQueries.read(Fixtures.resource("search/questions-mdn.tsv"));
        for (String kind : known.kinds()) {
            JudgedQueries ofKind = known.only(j -> j.kind().equals(kind));
            System.out.printf(Locale.ROOT, "%-16s /api/search hit@1 %.3f (held back %.3f) | results page hit@1 %.3f hit@3 %.3f (held back %.3f)%n",
                    kind, instantHitAt1(service, index, ofKind), instantHitAt1(service, index, ofKind.only(JudgedQueries.Judgement::held)),
                    ofKind.evaluate(service, index).hitAt1(), ofKind.evaluate(service, index).hitAt3(),
                    ofKind.only(JudgedQueries.Judgement::held).evaluate(service, index).hitAt1());
        }
        for (String kind : questions.kinds()) {
            JudgedQueries ofKind = questions.only(j -> j.kind().equals(kind));
            JudgedQueries.Evaluation e = ofKind.evaluate(service, index);
            System.out.printf(Locale.ROOT, "%-16s lexical results page hit@1 %.3f hit@3 %.3f (held back hit@1 %.3f)%n", kind,
                    e.hitAt1(), e.hitAt3(), ofKind.only(JudgedQueries.Judgement::held).evaluate(service, index).hitAt1());
        }
        delete(site);
        if (sample > 0) {
            semanticCost(corpus, sample, service);
        }
    }

    private static void semanticCost(Path corpus, int sample, SearchService service) throws Exception {
        Path site = Files.createTempDirectory("corpus-semantic-");
        Path cache = Files.createTempDirectory("corpus-semantic-cache-");
        lay(corpus, site, sample);
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(site);
        SearchIndex index = new SearchIndexer().build(content);
        long start = System.nanoTime();
        try (SemanticSearch semantic = new SemanticSearch(cache)) {
            SemanticIndex vectors = semantic.index(content);
            vectors.await(Duration.ofHours(2));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "first embedding of %,d articles: %.1f s (models included), %.1f ms per article,"
                    + " 12 000 articles extrapolated: %.1f min (load average %.1f)%n", content.articleCount(), seconds,
                    seconds * 1000 / content.articleCount(), seconds * 12_000 / content.articleCount() / 60, load());
            List<JudgedQueries.Judgement> mix = new ArrayList<>(JudgedQueries.read(Fixtures.resource("search/questions-mdn.tsv")).judgements());
            latency("hybrid results page", mix, j -> service.search(index, new SearchRequest(j.locale(), j.query(), null, 1), vectors));
            latency("lexical results page", mix, j -> service.search(index, new SearchRequest(j.locale(), j.query(), null, 1)));
            latency("instant (/api/search)", mix, j -> service.instant(index, j.locale(), j.query(), 6));
        }
        start = System.nanoTime();
        try (SemanticSearch semantic = new SemanticSearch(cache)) {
            semantic.index(content).await(Duration.ofMinutes(10));
            System.out.printf(Locale.ROOT, "restart with unchanged content: semantic-ready in %,d ms (models loaded included)%n",
                    (System.nanoTime() - start) / 1_000_000);
            Path edited;
            try (Stream<Path> files = Files.walk(site.resolve("en"))) {
                edited = files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("_category.md")).findFirst().orElseThrow();
            }
            // the file is a hard link into the corpus: replace the link, never write through it
            String text = Files.readString(edited);
            Files.delete(edited);
            Files.writeString(edited, text + "\n\n## A new section\n\nAn edited paragraph about refunds.\n");
            Content next = new ContentLoader(new MarkdownRenderer(), false).load(site);
            start = System.nanoTime();
            semantic.index(next).await(Duration.ofMinutes(10));
            System.out.printf(Locale.ROOT, "one-article edit: semantically searchable in %,d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        delete(site);
        delete(cache);
    }

    private static double instantHitAt1(SearchService service, SearchIndex index, JudgedQueries judged) {
        long first = judged.judgements().stream().filter(j -> {
            List<InstantResults.Hit> hits = service.instant(index, j.locale(), j.query(), 6).hits();
            return !hits.isEmpty() && hits.get(0).url().replaceFirst("^(/[^/]+)?/articles/", "").equals(j.expected());
        }).count();
        return first / (double) Math.max(1, judged.judgements().size());
    }

    private static void latency(String name, List<JudgedQueries.Judgement> mix, Consumer<JudgedQueries.Judgement> search) {
        mix.forEach(search);
        long[] nanos = new long[mix.size() * 5];
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (JudgedQueries.Judgement j : mix) {
                // round 0 embeds each query (a query-vector cache miss); later rounds hit the cache
                long start = System.nanoTime();
                search.accept(j);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p99 %.2f ms (%d queries, load average %.1f)%n", name,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos.length, load());
    }

    /** The corpus as one site: the first {@code perLocale} articles of each locale (hard links). */
    static void lay(Path corpus, Path site, int perLocale) throws IOException {
        Files.writeString(site.resolve("site.yml"), """
                defaultLocale: zh-CN
                locales:
                  - { code: zh-CN, name: 简体中文, title: 基准测试, description: 基准测试站点 }
                  - { code: en, name: English, title: Benchmark, description: Benchmark site }
                support: { email: bench@example.com }
                """);
        for (String[] pair : new String[][] {{"zh-mdn/zh-CN", "zh-CN"}, {"en-docs/en", "en"}}) {
            Path from = corpus.resolve(pair[0]);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(from)) {
                files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            }
            int articles = 0;
            for (Path file : files) {
                boolean category = file.getFileName().toString().equals("_category.md");
                if (!category && articles++ >= perLocale) {
                    continue;
                }
                Path target = site.resolve(pair[1]).resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, target);
                }
            }
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
