package com.okpay.helpcenter.bench;

import com.okpay.helpcenter.App;
import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.testing.GitRemote;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Push to visible with content followed from git: copies corpus articles into a local bare
 * repository, starts the app with {@code --content-git file://...} (timing the clone and load),
 * then repeatedly commits an edit to one article, pushes, sends a signed webhook and measures from
 * the webhook until the page shows the edit. Not a test: run it by hand, see BENCHMARKS.md.
 *
 * <p>Arguments: {@code [corpus-dir] [articles] [pushes]}, defaults {@code ../shared/corpus 10000 20}.
 */
public final class GitPublishBenchmark {
    private static final String SECRET = "benchmark-webhook-secret-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GitPublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int pushes = args.length > 2 ? Integer.parseInt(args[2]) : 20;

        Path temp = Files.createTempDirectory("git-publish");
        Path site = temp.resolve("site");
        int articles = SiteCopy.build(corpus, site, wanted);
        Path edited = SiteCopy.firstArticle(site.resolve("zh-CN"));
        String file = site.relativize(edited).toString().replace('\\', '/');
        String url = "/articles/" + edited.getParent().getFileName() + "/" + edited.getFileName().toString().replace(".md", "");
        long committing = System.nanoTime();
        try (GitRemote remote = GitRemote.withSite(temp.resolve("git"), site, "")) {
            System.out.printf("site: %d articles; first commit and push: %d ms; editing %s%n", articles,
                    (System.nanoTime() - committing) / 1_000_000, url);
            long started = System.nanoTime();
            try (App app = App.create(Config.from(Map.of("content-git", remote.url(), "data", temp.resolve("data").toString(),
                    "port", "0", "content-git-poll", "off"), Map.of("HELPCENTER_WEBHOOK_SECRET", SECRET))).start()) {
                System.out.printf("start-up (clone, commit dates, load, snapshot): %d ms%n", (System.nanoTime() - started) / 1_000_000);
                String base = "http://localhost:" + app.port();
                EditToVisibleBenchmark.poll(base + url, "</html>", System.nanoTime());
                String original = remote.read(file);
                List<Long> visible = new ArrayList<>();
                List<Long> commitAndPush = new ArrayList<>();
                for (int i = 1; i <= pushes; i++) {
                    String word = "gitpublish" + EditToVisibleBenchmark.letters(i * 1_000_003L + System.nanoTime() % 1_000_000);
                    long edit = System.nanoTime();
                    remote.write(file, original + "\n\nEdited: " + word + "\n");
                    remote.commit("edit " + i);
                    remote.push(false);
                    commitAndPush.add((System.nanoTime() - edit) / 1_000_000);
                    long hook = System.nanoTime();
                    int status = webhook(base);
                    visible.add(EditToVisibleBenchmark.poll(base + url, word, hook));
                    System.out.printf("push %2d: commit+push %4d ms, webhook %d, webhook to visible %4d ms%n", i,
                            commitAndPush.get(i - 1), status, visible.get(i - 1));
                }
                System.out.printf("webhook to visible, %d pushes: p50 %d ms, p90 %d ms, max %d ms%n", pushes,
                        EditToVisibleBenchmark.percentile(visible, 50), EditToVisibleBenchmark.percentile(visible, 90),
                        EditToVisibleBenchmark.percentile(visible, 100));
            }
        } finally {
            BenchSite.delete(temp);
        }
    }

    private static int webhook(String base) throws Exception {
        byte[] body = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/hooks/content"))
                .header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
