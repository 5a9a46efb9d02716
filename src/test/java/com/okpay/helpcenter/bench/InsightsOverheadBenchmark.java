package com.okpay.helpcenter.bench;

import com.okpay.helpcenter.App;
import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.insights.InsightsModule;
import com.okpay.helpcenter.insights.Recorder;
import com.okpay.helpcenter.insights.SearchSource;
import com.okpay.helpcenter.search.SearchIndex;
import com.okpay.helpcenter.search.SearchRequest;
import com.okpay.helpcenter.search.SearchService;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Not a test: what recording insights costs a search request. Starts the real app twice on the
 * same content, recording (the default) and with {@code HELPCENTER_INSIGHTS=false}, and sends each
 * the same bounded number of requests over loopback HTTP from 2 threads, rounds alternating
 * between the two so that the machine's other load falls on both alike: the results page
 * ({@code /search?q=}, a new search counted by every request) and the instant-search box's
 * settled request ({@code /api/search?...&settled=ID}, likewise). Then the same comparison in
 * process: {@code SearchService.search} alone, and followed by {@code Recorder.search}, as the
 * controller does. Prints throughput and CPU time per call of each, and the overhead. Figures:
 * BENCHMARKS.md, "Insights recording overhead".
 *
 * <p>Arguments: none (the bundled {@code content/} and OKpay questions), a content folder, or a
 * corpus folder and a site size (e.g. {@code ../shared/corpus 10000}, with the search benchmark's queries).
 */
public final class InsightsOverheadBenchmark {
    private static final int THREADS = 2;
    private static final int REQUESTS = Integer.getInteger("requests", 1_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 21);
    private static final int WARMUP = Integer.getInteger("warmup", 5);
    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";
    private static final List<BenchQueries.Query> OKPAY = List.of(
            new BenchQueries.Query("zh-CN", "退款"), new BenchQueries.Query("zh-CN", "账户被锁定"),
            new BenchQueries.Query("zh-CN", "交易失败"), new BenchQueries.Query("zh-CN", "双重验证"),
            new BenchQueries.Query("zh-CN", "客服电话"), new BenchQueries.Query("zh-CN", "投诉"),
            new BenchQueries.Query("zh-CN", "tuikuan"), new BenchQueries.Query("zh-CN", "信用卡 还款"),
            new BenchQueries.Query("en", "refund"), new BenchQueries.Query("en", "locked account"),
            new BenchQueries.Query("en", "failed transaction"), new BenchQueries.Query("en", "two factor"),
            new BenchQueries.Query("en", "phone support"), new BenchQueries.Query("en", "complaint"),
            new BenchQueries.Query("en", "chargeback"), new BenchQueries.Query("en", "how long does a refund take"));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<BenchQueries.Query> queries;
    private final AtomicLong ids = new AtomicLong();

    private InsightsOverheadBenchmark(List<BenchQueries.Query> queries) {
        this.queries = queries;
    }

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("insights-bench-");
        try {
            Path content = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : Path.of("content").toAbsolutePath();
            List<BenchQueries.Query> queries = OKPAY;
            if (args.length > 1) {
                content = Files.createDirectories(temp.resolve("site"));
                BenchSite.write(Path.of(args[0]).toAbsolutePath(), content, Integer.parseInt(args[1]));
                queries = BenchQueries.MIX;
            }
            System.out.printf(Locale.ROOT, "java %s, %d cores; %s; %d requests per round from %d threads, %d rounds%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), content, REQUESTS,
                    THREADS, ROUNDS);
            try (App recording = start(content, temp.resolve("on"), true);
                 App off = start(content, temp.resolve("off"), false)) {
                System.out.printf(Locale.ROOT, "%,d articles%n", recording.site().current().content().articleCount());
                new InsightsOverheadBenchmark(queries).run(recording, off);
            }
        } finally {
            BenchSite.delete(temp);
        }
    }

    private static App start(Path content, Path data, boolean recording) {
        Map<String, String> flags = Map.of("content", content.toString(), "data", data.toString(), "port", "0",
                "no-watch", "true", "insights", Boolean.toString(recording));
        return App.create(Config.from(flags, Map.of())).start();
    }

    private void run(App recording, App off) throws Exception {
        requestSide(recording.insights());
        long writerCpu = writerCpu();
        long written = recording.insights().status().written();
        Runnable flush = () -> flush(recording.insights());
        compare("results page over HTTP (/search?q=)", i -> get(recording, page(i)), i -> get(off, page(i)), flush);
        compare("settled instant search over HTTP (/api/search?...&settled=)",
                i -> get(recording, settled(i)), i -> get(off, settled(i)), flush);
        SearchService service = new SearchService();
        SearchIndex index = recording.site().current().search();
        Recorder recorder = recording.insights().recorder();
        compare("in process (SearchService.search, then Recorder.search)", i -> {
            BenchQueries.Query q = queries.get(i % queries.size());
            long total = service.search(index, new SearchRequest(q.locale(), q.text(), null, 1)).total();
            recorder.search(recorder.newId(), q.locale(), q.text(), total, SearchSource.PAGE);
        }, i -> {
            BenchQueries.Query q = queries.get(i % queries.size());
            service.search(index, new SearchRequest(q.locale(), q.text(), null, 1));
        }, flush);
        InsightsModule.Status status = recording.insights().status();
        System.out.printf(Locale.ROOT, "recording: %,d events written, %,d dropped, %,d lost; the writer thread used "
                        + "%.1f us of CPU per event%n", status.written(), status.dropped(), status.lost(),
                (writerCpu() - writerCpu) / 1e3 / (status.written() - written));
    }

    /** What a request thread spends recording a search: an id, a timestamp, a non-blocking offer. */
    private static void requestSide(InsightsModule insights) {
        Recorder recorder = insights.recorder();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 5_000; i++) {
                recorder.search(recorder.newId(), "en", "how long does a refund take", 3, SearchSource.PAGE);
            }
            long nanos = System.nanoTime() - start;
            flush(insights);
            if (round == 4) {
                System.out.printf(Locale.ROOT, "request thread: Recorder.search takes %.0f ns per call%n", nanos / 5_000.0);
            }
        }
    }

    /** CPU time used so far by the insights writer threads (the idle one of the other app adds next to nothing). */
    private static long writerCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("insights-writer"))
                .mapToLong(t -> mx.getThreadCpuTime(t.getId())).sum();
    }

    private static void flush(InsightsModule insights) {
        try {
            insights.flush(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String page(int i) {
        BenchQueries.Query q = queries.get(i % queries.size());
        return (q.locale().equals("zh-CN") ? "" : "/" + q.locale()) + "/search?q=" + encode(q.text());
    }

    private String settled(int i) {
        BenchQueries.Query q = queries.get(i % queries.size());
        return "/api/search?q=" + encode(q.text()) + "&locale=" + q.locale() + "&limit=6&settled="
                + String.format(Locale.ROOT, "bench%011d", ids.incrementAndGet());
    }

    /**
     * Alternates rounds of the two variants after a warm-up, and compares each round with its
     * neighbour: throughput (wall clock) and CPU time per call of this whole process (server,
     * client and the insights writer, whose work for a round is flushed into that round). The
     * CPU figure barely moves with the machine's other load, the throughput one does.
     */
    private void compare(String name, IntConsumer recorded, IntConsumer plain, Runnable flush) {
        for (int i = 0; i < WARMUP; i++) {
            round(recorded, flush);
            round(plain, () -> { });
        }
        double[] rateRatios = new double[ROUNDS];
        double[] cpuRatios = new double[ROUNDS];
        Round[] on = new Round[ROUNDS];
        Round[] off = new Round[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            if (r % 2 == 0) {
                on[r] = round(recorded, flush);
                off[r] = round(plain, () -> { });
            } else {
                off[r] = round(plain, () -> { });
                on[r] = round(recorded, flush);
            }
            rateRatios[r] = on[r].perSecond() / off[r].perSecond();
            if (Boolean.getBoolean("verbose")) {
                System.out.printf(Locale.ROOT, "  round %d: without %s, recording %s%n", r, off[r], on[r]);
            }
            cpuRatios[r] = on[r].cpuMicros() / off[r].cpuMicros();
        }
        System.out.printf(Locale.ROOT, "%s:%n  throughput without recording %,.0f/s, recording %,.0f/s (medians); "
                        + "median of paired rounds: %.1f%% fewer%n  CPU per call without recording %,.0f us, recording %,.0f us "
                        + "(medians); median of paired rounds: %.1f%% more%n", name,
                median(Arrays.stream(off).mapToDouble(Round::perSecond).toArray()),
                median(Arrays.stream(on).mapToDouble(Round::perSecond).toArray()), (1 - median(rateRatios)) * 100,
                median(Arrays.stream(off).mapToDouble(Round::cpuMicros).toArray()),
                median(Arrays.stream(on).mapToDouble(Round::cpuMicros).toArray()), (median(cpuRatios) - 1) * 100);
    }

    /** Calls per second (wall clock) and microseconds of process CPU per call. */
    private record Round(double perSecond, double cpuMicros) {
    }

    /** {@value #THREADS} threads share {@link #REQUESTS} calls. */
    private static Round round(IntConsumer call, Runnable flush) {
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long cpu = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                for (long i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    call.accept((int) i);
                }
            });
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long wall = System.nanoTime() - start;
        flush.run();
        return new Round(REQUESTS / (wall / 1e9), (CPU.getProcessCpuTime() - cpu) / 1e3 / REQUESTS);
    }

    private void get(App app, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("User-Agent", BROWSER).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}
