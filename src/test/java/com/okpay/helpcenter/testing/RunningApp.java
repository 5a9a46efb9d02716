package com.okpay.helpcenter.testing;

import com.okpay.helpcenter.App;
import com.okpay.helpcenter.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real app on a random port against a content folder, with an HTTP client that does not
 * follow redirects (so tests can assert them). Close it to stop the server.
 */
public final class RunningApp implements AutoCloseable {
    private final App app;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RunningApp(App app) {
        this.app = app;
    }

    public static RunningApp start(Path content, Path data) {
        return start(content, data, Map.of(), Map.of());
    }

    public static RunningApp start(Path content, Path data, Map<String, String> flags, Map<String, String> env) {
        return start(content, data, flags, env, Clock.systemUTC());
    }

    /** @param clock what the app takes for "now" (a {@link MutableClock} lets tests skip ahead) */
    public static RunningApp start(Path content, Path data, Map<String, String> flags, Map<String, String> env,
                                   Clock clock) {
        // semantic search loads two models and embeds in the background: only the tests about it ask for it
        Map<String, String> all = new HashMap<>(Map.of("content", content.toString(), "data", data.toString(),
                "port", "0", "base-url", "https://help.test.example", "no-watch", "true", "semantic", "false"));
        all.putAll(flags);
        return new RunningApp(App.create(Config.from(all, env), clock).start());
    }

    public App app() {
        return app;
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> head(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> postForm(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET a page and parse it; fails the test unless it answered 200. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), url(path));
    }

    @Override
    public void close() {
        app.close();
    }
}
