package com.okpay.helpcenter.bench;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.search.SearchIndex;
import com.okpay.helpcenter.search.SearchRequest;
import com.okpay.helpcenter.search.SearchService;
import com.okpay.helpcenter.site.SiteSnapshot;
import com.okpay.helpcenter.site.SnapshotBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Not a test: search at help-center scale. Builds sites of 10 000 and 50 000 articles from the MDN
 * corpus (replicated under new slugs), through the real ContentLoader and SnapshotBuilder, and
 * prints load and index times, index size, heap, query latencies and two-thread throughput.
 * Usage and measured figures: BENCHMARKS.md.
 *
 * <p>Arguments: the corpus folder (default {@code ../shared/corpus}), then site sizes (default
 * 10000 50000).
 */
public final class SearchBenchmark {
    private static final int WARMUP_ROUNDS = 30;
    private static final int MEASURED_ROUNDS = 100;
    private static final long THROUGHPUT_MILLIS = 5_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus.resolve("zh-mdn")) || !Files.isDirectory(corpus.resolve("en-docs"))) {
            System.err.println("no corpus at " + corpus + ": pass the folder holding zh-mdn/ and en-docs/");
            System.exit(2);
        }
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 50_000};
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            run(corpus, size);
        }
    }

    private static void run(Path corpus, int size) throws Exception {
        Path folder = Files.createTempDirectory("search-bench-" + size + "-");
        try {
            BenchSite.write(corpus, folder, size);
            long start = System.nanoTime();
            long startCpu = processCpuNanos();
            Content content = new ContentLoader(new MarkdownRenderer(), false).load(folder);
            long loaded = System.nanoTime();
            long loadedCpu = processCpuNanos();
            SiteSnapshot snapshot = new SnapshotBuilder().build(content);
            long built = System.nanoTime();
            long builtCpu = processCpuNanos();
            SearchIndex index = snapshot.search();
            System.out.printf(Locale.ROOT, "%n== %,d articles (%d content problems), load average %.1f%n",
                    content.articleCount(), content.problems().size(), loadAverage());
            System.out.printf(Locale.ROOT, "content load (ContentLoader): %,d ms (%,d ms CPU)%n",
                    (loaded - start) / 1_000_000, (loadedCpu - startCpu) / 1_000_000);
            System.out.printf(Locale.ROOT, "index build (SnapshotBuilder): %,d ms (%,d ms CPU)%n",
                    (built - loaded) / 1_000_000, (builtCpu - loadedCpu) / 1_000_000);
            System.out.printf(Locale.ROOT, "index size: %,.1f MB%n", index.bytes() / 1e6);
            System.out.printf(Locale.ROOT, "heap after build (content + index, after GC): %,d MB%n", usedHeapAfterGc() >> 20);

            SearchService service = new SearchService();
            measure("instant (/api/search, top 10)", q -> service.instant(index, q.locale(), q.text(), 10));
            measure("results page (count, filter, top 10, highlights)",
                    q -> service.search(index, new SearchRequest(q.locale(), q.text(), null, 1)));
            throughput(q -> service.instant(index, q.locale(), q.text(), 10), "instant");
            throughput(q -> service.search(index, new SearchRequest(q.locale(), q.text(), null, 1)), "results page");
        } finally {
            BenchSite.delete(folder);
        }
    }

    private static void measure(String name, Consumer<BenchQueries.Query> search) {
        List<BenchQueries.Query> mix = BenchQueries.MIX;
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            mix.forEach(search);
        }
        long[] nanos = new long[MEASURED_ROUNDS * mix.size()];
        long[] cpu = new long[nanos.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (BenchQueries.Query query : mix) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                search.accept(query);
                nanos[n] = System.nanoTime() - start;
                cpu[n++] = threads.getCurrentThreadCpuTime() - startCpu;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // CPU time leaves out the time other processes on a shared machine took the core away
        System.out.printf(Locale.ROOT, "%s: p50 %.3f ms, p99 %.3f ms, max %.3f ms; CPU p50 %.3f ms, p99 %.3f ms"
                        + " (%,d queries)%n", name, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6, nanos.length);
    }

    private static void throughput(Consumer<BenchQueries.Query> search, String name) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + THROUGHPUT_MILLIS * 1_000_000;
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            int offset = t * 7;
            threads[t] = new Thread(() -> {
                List<BenchQueries.Query> mix = BenchQueries.MIX;
                for (int i = offset; System.nanoTime() < until; i++) {
                    search.accept(mix.get(i % mix.size()));
                    done.incrementAndGet();
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf(Locale.ROOT, "%s throughput, 2 threads: %,.0f queries/s (load average %.1f)%n", name,
                done.get() * 1000.0 / THROUGHPUT_MILLIS, loadAverage());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
