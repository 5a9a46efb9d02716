package com.okpay.helpcenter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up to ready, as an operator sees it: runs the packaged jar in a new JVM and measures from
 * launching it until {@code GET /} answers 200, JVM start included. For each site: a cold start
 * (empty data folder), a warm start (same data folder, unchanged content) and, on the warm one,
 * how long an edit takes to show; for the largest site also the heap after a full GC once pages and
 * searches were served. Not a test: run it by hand, see BENCHMARKS.md.
 *
 * <p>The JVM gets {@code -XX:SharedArchiveFile=} the class archive the build wrote next to the jar
 * ({@code target/helpcenter.jsa}), as README runs it, unless {@code --no-class-archive}.
 *
 * <p>Arguments: {@code [corpus-dir] [sizes...] [--jar PATH] [--xmx SIZE] [--data DIR] [--no-class-archive]}, defaults
 * {@code ../shared/corpus bundled all}; a size is {@code bundled} (the repository's content/),
 * {@code all} (every corpus article once), a number of articles (corpus repeated, as {@link BenchSite})
 * or an existing content folder (used in place; the edited file is put back). With {@code --data},
 * that data folder is used and kept, and the cold start is skipped when it exists already (a warm
 * start on a cache an earlier run built).
 */
public final class StartupBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern READY = Pattern.compile("help center ready .*serving http://localhost:(\\d+)");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> plain = new ArrayList<>();
        String jar = "target/helpcenter.jar";
        String xmx = null;
        Path keptData = null;
        boolean classArchive = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = args[++i];
                case "--no-class-archive" -> classArchive = false;
                case "--xmx" -> xmx = args[++i];
                case "--data" -> keptData = Path.of(args[++i]).toAbsolutePath();
                default -> plain.add(args[i]);
            }
        }
        Path corpus = Path.of(plain.isEmpty() ? "../shared/corpus" : plain.get(0)).toAbsolutePath().normalize();
        List<String> sizes = plain.size() > 1 ? plain.subList(1, plain.size()) : List.of("bundled", "all");
        // as README runs it: with the class data sharing archive the build wrote next to the jar, if there is one
        Path archive = Path.of(jar.replaceFirst("\\.jar$", "") + ".jsa");
        String sharing = classArchive && Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : null;
        System.out.printf("jar %s, class archive %s, heap %s, load average %.1f%n", jar, sharing == null ? "none" : archive,
                xmx == null ? "default" : "-Xmx" + xmx, load());
        for (String size : sizes) {
            Path temp = Files.createTempDirectory("startup-bench");
            try {
                Path content = site(corpus, size, temp);
                Path data = keptData == null ? temp.resolve("data") : keptData;
                Run cold = keptData != null && Files.exists(data) ? new Run(-1, -1, -1, "-")
                        : run(jar, sharing, xmx, content, data, false);
                Run warm = run(jar, sharing, xmx, content, data, true);
                System.out.printf("%-8s %6d articles: cold %6d ms (CPU %6d ms), warm %6d ms (CPU %6d ms), edit visible after %4d ms, "
                                + "heap after GC %s, load average %.1f%n", size, articles(content), cold.readyMillis(), cold.cpuMillis(),
                        warm.readyMillis(), warm.cpuMillis(), warm.editMillis(), warm.heap(), load());
            } finally {
                BenchSite.delete(temp);
            }
        }
    }

    private static Path site(Path corpus, String size, Path temp) throws IOException {
        Path content = temp.resolve("content");
        if (Files.isRegularFile(Path.of(size, "site.yml"))) {
            return Path.of(size).toAbsolutePath();
        }
        if (size.equals("bundled")) {
            copyTree(Path.of("content"), content);
            return content;
        }
        Files.createDirectories(content);
        int count = size.equals("all") ? corpusSize(corpus) : Integer.parseInt(size);
        BenchSite.write(corpus, content, count);
        return content;
    }

    /**
     * How long it took to become ready and the CPU time the app used until then (other work on a
     * shared machine stretches the first, not the second), then (warm) how long an edit took to
     * show, and the heap.
     */
    record Run(long readyMillis, long cpuMillis, long editMillis, String heap) {
    }

    private static Run run(String jar, String sharing, String xmx, Path content, Path data, boolean warm) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (sharing != null) {
            command.add(sharing);
        }
        if (xmx != null) {
            command.add("-Xmx" + xmx);
        }
        command.addAll(List.of("-jar", jar, "--content", content.toString(), "--data", data.toString(), "--port", "0"));
        if (!warm) {
            command.add("--no-watch");
        }
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread output = new Thread(() -> follow(process, port), "app-output");
            output.setDaemon(true);
            output.start();
            String base = "http://localhost:" + port.get(10, TimeUnit.MINUTES);
            poll(base + "/", "</html>");
            long ready = millisSince(launched);
            long cpu = cpuMillis(process);
            if (!warm) {
                return new Run(ready, cpu, -1, "-");
            }
            long edit = edit(base, content);
            serve(base, content);
            return new Run(ready, cpu, edit, heap(process.pid()));
        } finally {
            process.destroy();
            process.waitFor(2, TimeUnit.MINUTES);
        }
    }

    private static void follow(Process process, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(" INFO ") || line.contains(" WARN ") || line.contains(" ERROR ")) {
                    System.out.println("    | " + line);
                }
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    port.complete(Integer.parseInt(ready.group(1)));
                }
            }
            port.completeExceptionally(new IllegalStateException("the app exited before it was ready"));
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
    }

    /** Saves a changed first article the way editors' tools do (write aside, rename), times until its page shows it. */
    private static long edit(String base, Path content) throws Exception {
        Path article = firstArticle(content);
        String url = base + "/articles/" + article.getParent().getFileName() + "/"
                + article.getFileName().toString().replace(".md", "");
        poll(url, "</html>");
        String word = "startupedit" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "x");
        String original = Files.readString(article);
        Path aside = article.resolveSibling(".edit.tmp");
        Files.writeString(aside, original + "\n\nEdited: " + word + "\n");
        long written = System.nanoTime();
        // a rename, so a hard-linked corpus file is replaced, never changed
        Files.move(aside, article, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        poll(url, word);
        long millis = millisSince(written);
        Files.writeString(aside, original);
        Files.move(aside, article, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return millis;
    }

    /** Some pages and searches, so the heap figure includes what serving keeps. */
    private static void serve(String base, Path content) throws Exception {
        try (Stream<Path> files = Files.walk(content.resolve("zh-CN"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("_category.md")).limit(300).toList()) {
                get(base + "/articles/" + file.getParent().getFileName() + "/" + file.getFileName().toString().replace(".md", ""));
            }
        }
        for (String query : List.of("数组", "函数", "fetch", "promise", "css grid", "事件", "array map", "canvas")) {
            get(base + "/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
            get(base + "/en/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
    }

    private static String heap(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        return used.find() ? Long.parseLong(used.group(2)) / 1024 + " MB used of " + Long.parseLong(used.group(1)) / 1024 + " MB" : "?";
    }

    private static String jcmd(long pid, String what) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), what).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    private static void poll(String url, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(url);
            if (response != null && response.statusCode() == 200 && response.body().contains(expected)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(url + " never showed " + expected);
    }

    private static HttpResponse<String> get(String url) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    private static Path firstArticle(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("zh-CN"))) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("_category.md")).sorted().findFirst().orElseThrow();
        }
    }

    private static int corpusSize(Path corpus) throws IOException {
        return articles(corpus.resolve("zh-mdn")) + articles(corpus.resolve("en-docs"));
    }

    private static int articles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("_category.md")).count();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * The CPU the app used so far, with that of the processes it ran and waited for (a cold start
     * of a large site prepares its cache in a JVM of its own); where /proc is missing, its own.
     */
    private static long cpuMillis(Process process) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int i = 11; i <= 14; i++) { // utime, stime, cutime, cstime (fields 14-17 of proc(5))
                ticks += Long.parseLong(fields[i]);
            }
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        }
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
