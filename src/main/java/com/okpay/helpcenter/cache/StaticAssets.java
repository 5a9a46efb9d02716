package com.okpay.helpcenter.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files under {@code static/} (bundled into the jar), each read once and kept with a name that
 * carries a hash of its bytes: {@code css/site.css} is linked as {@code css/site.3f9a1c2b.css}.
 * A hashed name never changes its bytes, so browsers and proxies may keep it for a year; a new
 * release links new names. The plain name still answers, with a short lifetime, for links from
 * outside (the OpenSearch description's icon).
 */
public final class StaticAssets {
    public static final String PREFIX = "/static/";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    public static final String SHORT = "public, max-age=3600";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2",
            "json", "application/json", "txt", "text/plain; charset=utf-8", "webp", "image/webp");

    /** One file: the name pages link to, and its bytes. */
    public record Asset(String hashedPath, RenderedPage page, boolean immutable) {
    }

    private final Map<String, String> hashedByPlain;
    private final Map<String, Asset> byRequestPath;

    private StaticAssets(Map<String, String> hashedByPlain, Map<String, Asset> byRequestPath) {
        this.hashedByPlain = Map.copyOf(hashedByPlain);
        this.byRequestPath = Map.copyOf(byRequestPath);
    }

    /** Reads every file under {@code static/} of the class path (a folder in tests, the jar when packaged). */
    public static StaticAssets load() {
        Map<String, String> hashedByPlain = new HashMap<>();
        Map<String, Asset> byRequestPath = new HashMap<>();
        for (Map.Entry<String, byte[]> file : readAll().entrySet()) {
            String plain = file.getKey();
            byte[] bytes = file.getValue();
            RenderedPage page = RenderedPage.of(bytes, type(plain), Compression.Effort.MAX);
            String hashed = hashedName(plain, page.etag(Encoding.IDENTITY).substring(1, 9));
            hashedByPlain.put(plain, PREFIX + hashed);
            byRequestPath.put(PREFIX + hashed, new Asset(hashed, page, true));
            byRequestPath.put(PREFIX + plain, new Asset(hashed, page, false));
        }
        return new StaticAssets(hashedByPlain, byRequestPath);
    }

    /** The address pages link to for {@code plain} (such as {@code css/site.css}). */
    public String url(String plain) {
        String hashed = hashedByPlain.get(plain);
        if (hashed == null) {
            throw new IllegalArgumentException("no static file " + plain + " (templates link only files under static/)");
        }
        return hashed;
    }

    public Optional<Asset> find(String requestPath) {
        return Optional.ofNullable(byRequestPath.get(requestPath));
    }

    static String hashedName(String plain, String hash) {
        int slash = plain.lastIndexOf('/');
        int dot = plain.lastIndexOf('.');
        return dot <= slash ? plain + "." + hash : plain.substring(0, dot) + "." + hash + plain.substring(dot);
    }

    private static String type(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static Map<String, byte[]> readAll() {
        URL marker = StaticAssets.class.getClassLoader().getResource("static");
        if (marker == null) {
            return Map.of();
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                return walkJar(marker);
            }
            return walk(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled static files", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("odd class path address " + marker, e);
        }
    }

    /**
     * The entries under {@code static/} of the jar, read with {@link JarFile}: a zip file system
     * over the whole jar (tens of thousands of entries) cost a noticeable part of the start-up.
     */
    private static Map<String, byte[]> walkJar(URL marker) throws IOException {
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false);
        String folder = connection.getEntryName();
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        Map<String, byte[]> files = new HashMap<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> walk(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        List<Path> paths;
        try (Stream<Path> stream = Files.walk(root)) {
            paths = stream.filter(Files::isRegularFile).toList();
        }
        for (Path path : paths) {
            String relative = root.relativize(path).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(path)) {
                files.put(relative, in.readAllBytes());
            }
        }
        return files;
    }
}
