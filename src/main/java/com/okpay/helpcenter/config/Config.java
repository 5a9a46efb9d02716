package com.okpay.helpcenter.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the server needs to start, with defaults that let a newcomer run it from the repository
 * root. Features with settings of their own read them from {@link #settings()}.
 */
public record Config(Path content, int port, Path data, Path cache, String baseUrl, boolean watch,
                     boolean drafts, Settings settings) {

    public static final int DEFAULT_PORT = 7070;

    public static Config from(Map<String, String> flags, Map<String, String> env) {
        Settings settings = new Settings(flags, env);
        Path content = settings.path("content", "HELPCENTER_CONTENT", "./content");
        int port = settings.integer("port", "PORT", DEFAULT_PORT, 0, 65535);
        Path data = settings.path("data", "HELPCENTER_DATA", "./data");
        // derived from content and rebuilt at will: kept apart from the data that must be backed up
        Path cache = settings.path("cache-dir", "HELPCENTER_CACHE_DIR", data.resolve("cache").toString());
        String baseUrl = baseUrl(settings, port);
        boolean watch = !settings.bool("no-watch", "HELPCENTER_NO_WATCH", false);
        boolean drafts = settings.bool("drafts", "HELPCENTER_DRAFTS", false);
        return new Config(content, port, data, cache, baseUrl, watch, drafts, settings);
    }

    /**
     * The same settings serving another content folder, unwatched: a clone of a git repository,
     * which changes only when the app pulls and then reloads by itself.
     */
    public Config servingClone(Path folder) {
        return new Config(folder, port, data, cache, baseUrl, false, drafts, settings);
    }

    /** Dense retrieval next to the lexical index; {@code --semantic false} for very small machines. */
    public boolean semantic() {
        return settings.bool("semantic", "HELPCENTER_SEMANTIC", true);
    }

    /** Fails with one line when the content folder is not there, before anything starts. */
    public Config requireContentFolder() {
        if (!Files.isDirectory(content)) {
            throw new ConfigException("content folder not found: " + content
                    + " (set --content DIR or HELPCENTER_CONTENT to the folder that holds site.yml)");
        }
        return this;
    }

    private static String baseUrl(Settings settings, int port) {
        String raw = settings.string("base-url", "HELPCENTER_BASE_URL", "http://localhost:" + port);
        try {
            URI uri = new URI(raw);
            if (uri.getHost() == null || !(raw.startsWith("http://") || raw.startsWith("https://"))) {
                throw settings.invalid("base-url", "HELPCENTER_BASE_URL", raw, "an absolute http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw settings.invalid("base-url", "HELPCENTER_BASE_URL", raw, "an absolute http(s) URL");
        }
        return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    }
}
