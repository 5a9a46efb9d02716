package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.bench.BenchSite;
import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test (needs the corpus): where the time of embedding the whole corpus goes. Lays out the
 * corpus as one site (11 973 articles), cuts every article into chunks (no embedding) and prints
 * the chunks per article and tokens per chunk; then embeds a sample of at least {@code sample}
 * chunks (every n-th article of each locale, so both languages come in their natural proportion)
 * with each intra-op thread count asked for, and prints chunks/s, CPU seconds per chunk and the extrapolated total.
 * Arguments: corpus folder, sample chunks (default 2000), thread counts (default {@code 2,1}),
 * then {@code compare} to check the vectors against langchain4j's wrapper on the first 50 chunks,
 * or {@code sentences} to count and time the section sentences ({@link Sentences}) instead of the chunks.
 */
public final class EmbeddingCostBenchmark {
    /** Whether the texts measured are the section sentences rather than the chunks. */
    private static boolean sentences;

    private EmbeddingCostBenchmark() {
    }

    private static List<String> texts(Article article) {
        List<Chunk> chunks = Chunker.chunks(article);
        return sentences ? Sentences.of(article, chunks) : chunks.stream().map(Chunk::embedded).toList();
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String[] configs = (args.length > 2 ? args[2] : "2,1").split(",");
        sentences = args.length > 3 && args[3].equals("sentences");
        if (!Files.isDirectory(corpus.resolve("zh-mdn"))) {
            System.err.println("no corpus at " + corpus + ": skipped");
            return;
        }
        Path site = Files.createTempDirectory("embed-cost-");
        Content content;
        try {
            BenchSite.write(corpus, site, 11_973);
            content = new ContentLoader(new MarkdownRenderer(), false).load(site);
        } finally {
            BenchSite.delete(site);
        }
        for (String locale : List.of("zh-CN", "en")) {
            boolean chinese = locale.startsWith("zh");
            List<Article> articles = content.articles(locale);
            BgeEmbedder counter = BgeEmbedder.load(chinese, 1, null);
            long start = System.nanoTime();
            int[] perArticle = new int[articles.size()];
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                List<String> cut = texts(articles.get(i));
                perArticle[i] = cut.size();
                texts.addAll(cut);
            }
            double chunking = (System.nanoTime() - start) / 1e9;
            if (texts.isEmpty()) {
                System.out.println(locale + ": none");
                continue;
            }
            start = System.nanoTime();
            int[] tokens = texts.stream().mapToInt(counter::tokens).toArray();
            double tokenizing = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %,d articles, %,d chunks (%.2f per article; chunked in %.1f s, tokenized in %.1f s)%n",
                    locale, articles.size(), texts.size(), texts.size() / (double) articles.size(), chunking, tokenizing);
            System.out.println("  chunks per article: " + distribution(perArticle));
            System.out.println("  tokens per chunk (after the cut at " + BgeEmbedder.MAX_TOKENS + "): " + distribution(tokens)
                    + String.format(Locale.ROOT, ", at the cut %.1f %%, sum %,d", 100.0 * Arrays.stream(tokens)
                    .filter(t -> t >= BgeEmbedder.MAX_TOKENS).count() / tokens.length, Arrays.stream(tokens).asLongStream().sum()));
            int share = (int) Math.round(sample * texts.size() / (double) countAll(content));
            List<String> sampled = sample(articles, share);
            for (String config : sampled.isEmpty() ? new String[0] : configs) {
                measure(locale, chinese, Integer.parseInt(config), sampled, texts.size());
            }
            if (args.length > 3 && args[3].equals("compare")) {
                compare(chinese, sampled.subList(0, Math.min(50, sampled.size())), counter);
            }
        }
    }

    private static int countAll(Content content) {
        return content.articles("zh-CN").stream().mapToInt(a -> texts(a).size()).sum()
                + content.articles("en").stream().mapToInt(a -> texts(a).size()).sum();
    }

    /** The chunks of every n-th article, n chosen so that about {@code wanted} chunks come out. */
    private static List<String> sample(List<Article> articles, int wanted) {
        int total = articles.stream().mapToInt(a -> texts(a).size()).sum();
        int step = Math.max(1, total / Math.max(1, wanted));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < articles.size() && texts.size() < wanted; i += step) {
            texts.addAll(texts(articles.get(i)));
        }
        return texts;
    }

    private static void measure(String locale, boolean chinese, int threads, List<String> texts, int all) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BgeEmbedder embedder = BgeEmbedder.load(chinese, threads, null);
        embedder.passages(texts.subList(0, Math.min(32, texts.size())));
        double loadBefore = os.getSystemLoadAverage();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        embedder.passages(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "  %s %d threads: %,d chunks in %.1f s = %.1f chunks/s, CPU %.1f ms per chunk (%.2f cores busy);"
                        + " all %,d chunks of %s: %.1f min at this rate (load average %.1f -> %.1f)%n",
                locale, threads, texts.size(), seconds, texts.size() / seconds, cpuSeconds * 1000 / texts.size(),
                cpuSeconds / seconds, all, locale, all / (texts.size() / seconds) / 60, loadBefore, os.getSystemLoadAverage());
    }

    /** Cosine of the vectors this embedder gives against langchain4j's wrapper (the vectors made before it). */
    private static void compare(boolean chinese, List<String> texts, BgeEmbedder embedder) {
        dev.langchain4j.model.embedding.EmbeddingModel old = chinese
                ? new dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel()
                : new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel();
        List<float[]> now = embedder.passages(texts);
        double min = 1;
        double alone = 1;
        for (int i = 0; i < texts.size(); i++) {
            min = Math.min(min, dot(old.embed(texts.get(i)).content().vector(), now.get(i)));
            alone = Math.min(alone, dot(embedder.passages(List.of(texts.get(i))).get(0), now.get(i)));
        }
        System.out.printf(Locale.ROOT, "  vectors against langchain4j's wrapper, %d chunks: lowest cosine %.5f; batched against alone %.5f%n",
                texts.size(), min, alone);
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    private static String distribution(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "mean %.1f, p50 %d, p90 %d, p99 %d, max %d", Arrays.stream(sorted).average().orElse(0),
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1]);
    }
}
