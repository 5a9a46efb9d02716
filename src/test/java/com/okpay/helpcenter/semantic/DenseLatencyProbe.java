package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: what the dense half of a results page costs per question on the bundled content
 * (query vectors cached after the first round): thread CPU per {@code nearest()} call and its wall
 * time percentiles, per locale, over the tuning questions. The log line "semantic search ready"
 * gives the first embedding when the cache folder (argument) is new. Issue 12, second pass.
 */
public final class DenseLatencyProbe {
    private static final int ROUNDS = 60;
    private static final int WARM_UP = 10;

    private DenseLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Content content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.resource("search/questions-bundled.tsv"))) {
            String[] cells = line.split("\t");
            if (!line.startsWith("#") && cells.length > 5 && cells[5].strip().equals("tune")) {
                rows.add(cells);
            }
        }
        var threads = ManagementFactory.getThreadMXBean();
        try (SemanticSearch semantic = new SemanticSearch(Path.of(args.length > 0 ? args[0] : "target/tuning-cache"))) {
            SemanticIndex index = semantic.index(content);
            index.await(Duration.ofMinutes(5));
            for (String locale : List.of("en", "zh-CN")) {
                List<Long> wall = new ArrayList<>();
                long cpu = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    for (String[] row : rows) {
                        if (!row[0].equals(locale)) {
                            continue;
                        }
                        long cpuBefore = threads.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        index.nearest(locale, row[1], 30);
                        if (round >= WARM_UP) {
                            wall.add(System.nanoTime() - start);
                            cpu += threads.getCurrentThreadCpuTime() - cpuBefore;
                        }
                    }
                }
                long[] sorted = wall.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "%s nearest(): CPU %.3f ms per call; wall p50 %.3f ms, p90 %.3f ms, p99 %.3f ms (%d calls)%n",
                        locale, cpu / 1e6 / sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6,
                        sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
            }
        }
    }
}
