package com.okpay.helpcenter;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.files.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code warm-up}: starts the server once on a temporary data folder, asks it for the kinds of
 * page a start-up and its first visitors need, and stops. The build runs it under
 * {@code -XX:ArchiveClassesAtExit} to write {@code target/helpcenter.jsa}, the class data sharing
 * archive {@code java -XX:SharedArchiveFile=...} starts from: the classes of the start-up are then
 * mapped already parsed and verified instead of loaded from the jar one by one (a third of a
 * start's CPU on two cores). Without the archive the server starts the same, only slower.
 */
final class WarmUp {
    private static final Pattern ARTICLE = Pattern.compile("href=\"(/(?:[a-zA-Z-]+/)?articles/[^\"#?]+)\"");

    private WarmUp() {
    }

    static int run(Map<String, String> flags, PrintStream out) throws IOException {
        Path data = Files.createTempDirectory("helpcenter-warm-up");
        Map<String, String> settings = new HashMap<>(flags);
        settings.put("data", data.toString());
        settings.put("port", "0");
        settings.put("no-watch", "true");
        settings.putIfAbsent("semantic", "false");
        try (App app = App.create(Config.from(settings, System.getenv())).start()) {
            String base = "http://localhost:" + app.port();
            List<String> paths = new ArrayList<>(List.of("/", "/en/", "/search?q=a", "/en/search?q=account",
                    "/api/search?q=a", "/contact", "/health", "/health/ready", "/sitemap.xml", "/no-such-page"));
            Matcher article = ARTICLE.matcher(get(base + "/"));
            if (article.find()) {
                paths.add(article.group(1));
            }
            for (String path : paths) {
                get(base + path);
            }
            out.println("warmed up: " + paths.size() + " pages");
        } finally {
            Folders.delete(data);
        }
        return 0;
    }

    private static String get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        try {
            InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream();
            return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }
}
