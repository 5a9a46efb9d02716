package com.okpay.helpcenter.testing;

import com.okpay.helpcenter.content.Content;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real app started once for a test class, on a random port with a fresh data folder, against
 * the bundled content or a copy of a fixture site; stopped and cleaned up after the class.
 *
 * <pre>{@code @RegisterExtension static final AppUnderTest site = AppUnderTest.bundled();}</pre>
 */
public final class AppUnderTest implements BeforeAllCallback, AfterAllCallback {
    /** For bodies read as bytes: the app's own client decodes them as text. */
    private static final java.net.http.HttpClient BYTES = java.net.http.HttpClient.newHttpClient();
    private final String fixture;
    private final Map<String, String> flags;
    private final Map<String, String> env;
    private final Clock clock;
    private Path folder;
    private RunningApp app;

    private AppUnderTest(String fixture, Map<String, String> flags, Map<String, String> env, Clock clock) {
        this.fixture = fixture;
        this.flags = Map.copyOf(flags);
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    /** Over the repository's own content/ folder (read only). */
    public static AppUnderTest bundled() {
        return new AppUnderTest(null, Map.of(), Map.of(), Clock.systemUTC());
    }

    /** Over a copy of {@code src/test/resources/<name>}. */
    public static AppUnderTest fixture(String name) {
        return new AppUnderTest(name, Map.of(), Map.of(), Clock.systemUTC());
    }

    /** The same site with these environment variables set for the app. */
    public AppUnderTest withEnv(Map<String, String> variables) {
        return new AppUnderTest(fixture, flags, variables, clock);
    }

    /** The same site started with these command-line flags. */
    public AppUnderTest withFlags(Map<String, String> given) {
        return new AppUnderTest(fixture, given, env, clock);
    }

    /** The same site on this clock (a {@link MutableClock} lets a test skip ahead). */
    public AppUnderTest withClock(Clock time) {
        return new AppUnderTest(fixture, flags, env, time);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("helpcenter-test");
        Path content = fixture == null ? Fixtures.bundledContent() : Fixtures.copy(fixture, folder.resolve("content"));
        app = RunningApp.start(content, folder.resolve("data"), flags, env, clock);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public RunningApp app() {
        return app;
    }

    /** The temporary folder holding the copied {@code content} (for a fixture) and {@code data}. */
    public Path folder() {
        return folder;
    }

    /** Where the app keeps its database and mail files. */
    public Path dataFolder() {
        return folder.resolve("data");
    }

    public Content content() {
        return app.app().site().current().content();
    }

    public String url(String path) {
        return app.url(path);
    }

    public HttpResponse<String> get(String path) {
        return app.get(path);
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        return app.get(path, headers);
    }

    public Document page(String path) {
        return app.page(path);
    }

    public HttpResponse<String> send(java.net.http.HttpRequest request) {
        return app.send(request);
    }

    /** A GET with these headers, the body as the bytes sent (compressed ones stay compressed). */
    public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).GET();
        headers.forEach(request::header);
        return BYTES.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The whole answer to a GET of {@code target} sent byte for byte on a socket: Java's HTTP
     * client refuses targets such as {@code /en/%ZZ}, and these are what some tests send.
     */
    public String rawGet(String target) {
        return raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code request} as it is (ISO-8859-1) and reads everything until the server closes. */
    public String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", app.app().port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
