package com.okpay.helpcenter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Not a test: can the server take 20 contact messages of 10 MB of attachments each at the same
 * time with a 256 MB heap, and then mail them? Starts the real server as its own JVM with
 * {@code -Xmx256m} (GC log on), posts 20 multipart forms at once (a 5 MB PDF and 5 MB of Chinese
 * text each, so both the binary and the text check run), waits until all 20 support mails are
 * written (.eml files: no SMTP server needed), and prints the answers, the times, the peak heap
 * the GC log saw and whether the server ran out of memory. Figures: BENCHMARKS.md, "Attachments
 * under a small heap".
 *
 * <p>Arguments: {@code [uploads=20] [heap=256m]}.
 */
public final class UploadMemoryBenchmark {
    private static final int MB = 1024 * 1024;
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    public static void main(String[] args) throws Exception {
        int uploads = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String heap = args.length > 1 ? args[1] : "256m";
        Path work = Files.createTempDirectory("upload-bench");
        Path gcLog = work.resolve("gc.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-cp", classpath(), "com.okpay.helpcenter.Main",
                "--content", Path.of("content").toAbsolutePath().toString(), "--data", work.resolve("data").toString(),
                "--port", Integer.toString(port), "--no-watch", "--contact-min-fill-seconds", "0",
                "--contact-rate-limit", "off", "--insights", "false").redirectErrorStream(true).start();
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch delivered = new CountDownLatch(uploads);
        Thread reader = new Thread(() -> follow(server, log, ready, delivered), "server-log");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("server did not start:\n" + String.join("\n", log));
            }
            String base = "http://localhost:" + port;
            Path body = body(base, work);
            System.out.printf("server -Xmx%s; %d concurrent uploads of %.1f MB each%n", heap, uploads,
                    Files.size(body) / (double) MB);
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            ExecutorService pool = Executors.newFixedThreadPool(uploads);
            long start = System.nanoTime();
            List<Future<long[]>> answers = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                answers.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/contact"))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .header("Cookie", "hc_csrf=" + cookie)
                            .POST(HttpRequest.BodyPublishers.ofFile(body)).build(), HttpResponse.BodyHandlers.discarding());
                    return new long[] {response.statusCode(), (System.nanoTime() - begin) / 1_000_000};
                }));
            }
            Map<Long, Integer> statuses = new LinkedHashMap<>();
            long slowest = 0;
            for (Future<long[]> answer : answers) {
                long[] result = answer.get();
                statuses.merge(result[0], 1, Integer::sum);
                slowest = Math.max(slowest, result[1]);
            }
            long accepted = (System.nanoTime() - start) / 1_000_000;
            pool.shutdown();
            int acceptedCount = statuses.getOrDefault(303L, 0);
            while (delivered.getCount() > uploads - acceptedCount) {
                if (!delivered.await(1, TimeUnit.SECONDS) && (System.nanoTime() - start) / 1_000_000_000 > 600) {
                    break;
                }
            }
            boolean allMailed = delivered.getCount() == 0;
            long mailed = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("answers: %s (303 = accepted); all answered after %d ms, slowest request %d ms%n",
                    statuses, accepted, slowest);
            System.out.printf("support mails written: %s after %d ms; .eml total %.1f MB%n",
                    allMailed ? "all " + uploads : (uploads - delivered.getCount()) + " of " + uploads, mailed,
                    folderSize(work.resolve("data/outbox-mail")) / (double) MB);
            System.out.printf("database file: %.1f MB%n", folderSize(work.resolve("data"))
                    / (double) MB - folderSize(work.resolve("data/outbox-mail")) / (double) MB);
            System.out.printf("OutOfMemoryError in the server log: %s%n",
                    log.stream().anyMatch(l -> l.contains("OutOfMemoryError")) ? "YES" : "no");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        gcSummary(gcLog);
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static final String BOUNDARY = "----uploadBenchBoundary";
    private static String cookie;

    /** One form body on disk (the same visitor's tokens serve every post): a 5 MB PDF and 5 MB of text. */
    private static Path body(String base, Path work) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/contact")).build(),
                HttpResponse.BodyHandlers.ofString());
        String set = form.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("hc_csrf=")).findFirst()
                .orElseThrow();
        cookie = set.substring("hc_csrf=".length(), set.indexOf(';'));
        Document page = Jsoup.parse(form.body());
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("form.contact-form input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.putAll(Map.of("website", "", "name", "张三", "email", "zhang.san@example.com", "topic",
                page.select("#topic option").get(1).attr("value"), "subject", "支付失败", "message", "请看附件。"));
        Path body = work.resolve("body.bin");
        try (OutputStream out = Files.newOutputStream(body)) {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[] pdf = new byte[5 * MB];
            new Random(1).nextBytes(pdf);
            System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
            file(out, "账单.pdf", pdf);
            byte[] line = "2026-11-29 20:00:01 支付失败 错误代码 51 订单 OK-123456\n".getBytes(StandardCharsets.UTF_8);
            byte[] text = new byte[5 * MB - (5 * MB) % line.length];
            for (int at = 0; at < text.length; at += line.length) {
                System.arraycopy(line, 0, text, at, line.length);
            }
            file(out, "日志.txt", text);
            out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return body;
    }

    private static void file(OutputStream out, String name, byte[] bytes) throws IOException {
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void follow(Process server, List<String> log, CountDownLatch ready, CountDownLatch delivered) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                log.add(line);
                if (line.contains("help center ready")) {
                    ready.countDown();
                } else if (line.contains("delivered OK-")) {
                    delivered.countDown();
                } else if (line.contains("ERROR") || line.contains("WARN") || line.contains("Exception")) {
                    System.out.println("server: " + line);
                }
            }
        } catch (IOException e) {
            System.out.println("server log ended: " + e);
        }
    }

    private static void gcSummary(Path gcLog) throws IOException {
        long peakBefore = 0;
        long maxAfter = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                collections++;
                peakBefore = Math.max(peakBefore, Long.parseLong(m.group(1)));
                maxAfter = Math.max(maxAfter, Long.parseLong(m.group(2)));
            }
        }
        System.out.printf("GC log: %d collections, peak heap used (before a GC) %d MB, most live after a GC %d MB%n",
                collections, peakBefore, maxAfter);
    }

    private static long folderSize(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The test classpath: exec:java runs us in a class loader of its own, not on java.class.path. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = UploadMemoryBenchmark.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(URI.create(url.toString())).toString());
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path")
                : String.join(java.io.File.pathSeparator, entries);
    }
}
