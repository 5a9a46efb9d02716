package com.okpay.helpcenter.bench;

import com.okpay.helpcenter.App;
import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.live.LiveContent;
import com.okpay.helpcenter.live.Reload;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Edit-to-visible latency on a large site: copies real articles from the shared corpus into a temp
 * content folder, starts the app with watching on, then edits one article repeatedly and measures
 * from the file write until its page (and with {@code --search}, a search for the new word) shows
 * the edit over HTTP. Not a test: run it by hand, see BENCHMARKS.md.
 *
 * <p>Arguments: {@code [corpus-dir] [articles] [edits] [--search]}, defaults
 * {@code ../shared/corpus 10000 20}.
 */
public final class EditToVisibleBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EditToVisibleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> plain = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        boolean search = List.of(args).contains("--search");
        Path corpus = Path.of(plain.size() > 0 ? plain.get(0) : "../shared/corpus").toAbsolutePath().normalize();
        int wanted = plain.size() > 1 ? Integer.parseInt(plain.get(1)) : 10_000;
        int edits = plain.size() > 2 ? Integer.parseInt(plain.get(2)) : 20;

        Path temp = Files.createTempDirectory("edit-to-visible");
        Path content = temp.resolve("content");
        int articles = SiteCopy.build(corpus, content, wanted);
        Path edited = SiteCopy.firstArticle(content.resolve("zh-CN"));
        String url = "/articles/" + edited.getParent().getFileName() + "/" + edited.getFileName().toString().replace(".md", "");
        System.out.printf("site: %d articles in %s; editing %s%n", articles, content, url);

        long started = System.nanoTime();
        try (App app = App.create(Config.from(Map.of("content", content.toString(), "data", temp.resolve("data").toString(),
                "port", "0"), Map.of())).start()) {
            System.out.printf("start-up (load %d articles, build snapshot): %d ms%n",
                    app.site().current().content().articleCount(), (System.nanoTime() - started) / 1_000_000);
            LiveContent live = app.live().orElseThrow();
            String base = "http://localhost:" + app.port();
            String original = Files.readString(edited);
            // a visitor has opened the page before: the first poll measures the reload, not template compilation
            poll(base + url, "</html>", System.nanoTime());
            List<Long> pageMillis = new ArrayList<>();
            List<Long> searchMillis = new ArrayList<>();
            List<Long> reloadMillis = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                // letters only: the Chinese segmenter splits a word at every change between letters and
                // digits, and a run of one-character terms would find thousands of other articles
                String word = "benchmarkedit" + letters(i * 1_000_003L + System.nanoTime() % 1_000_000);
                long before = live.lastReload().number();
                long written = System.nanoTime();
                Files.writeString(edited, original + "\n\nEdited: " + word + "\n");
                pageMillis.add(poll(base + url, word, written));
                if (search) {
                    searchMillis.add(poll(base + "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), url, written));
                }
                Reload reload = live.awaitReload(before, java.time.Duration.ofSeconds(30));
                reloadMillis.add(reload == null ? -1 : reload.millis());
                System.out.printf("edit %2d: page %4d ms%s, reload %4d ms (%d changed)%n", i, last(pageMillis),
                        search ? ", search " + last(searchMillis) + " ms" : "", last(reloadMillis),
                        reload == null ? 0 : reload.changed());
            }
            System.out.printf("edit to visible on the page, %d edits: p50 %d ms, p90 %d ms, max %d ms%n", edits,
                    percentile(pageMillis, 50), percentile(pageMillis, 90), percentile(pageMillis, 100));
            if (search) {
                System.out.printf("edit to visible in search: p50 %d ms, p90 %d ms, max %d ms%n",
                        percentile(searchMillis, 50), percentile(searchMillis, 90), percentile(searchMillis, 100));
            }
            System.out.printf("reload (load changed files + build snapshot + swap): p50 %d ms, max %d ms%n",
                    percentile(reloadMillis, 50), percentile(reloadMillis, 100));
        } finally {
            BenchSite.delete(temp);
        }
    }

    /** Requests {@code url} until its body contains {@code expected}; the time since {@code since}. */
    static long poll(String url, String expected, long since) throws IOException, InterruptedException {
        long deadline = since + 60_000_000_000L;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.body().contains(expected)) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(url + " never showed " + expected);
    }

    static String letters(long number) {
        StringBuilder out = new StringBuilder();
        for (long n = Math.abs(number); n > 0; n /= 26) {
            out.append((char) ('a' + n % 26));
        }
        return out.toString();
    }

    private static long last(List<Long> values) {
        return values.get(values.size() - 1);
    }

    static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
