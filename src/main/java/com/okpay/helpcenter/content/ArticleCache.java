package com.okpay.helpcenter.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parsed and rendered articles kept on disk between runs, keyed by {@link ContentHash}: a restart
 * with unchanged content renders nothing, and one after a {@code git pull} renders only the files
 * that changed. Article bodies are read from these files when needed ({@link StoredBody}), so they
 * stay off the heap. Only ever a copy: a damaged file is dropped and its articles rendered again,
 * and a deleted folder just means one slower start.
 *
 * <p>One process uses a folder at a time (a lock file says which); another one started on the same
 * folder works without it. {@link #prune} drops, after the start-up load, whatever that load did not use.
 */
public final class ArticleCache implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(ArticleCache.class);
    /** Files are memory-mapped when read; many small files or one huge one would both cost more. */
    private static final long FILE_LIMIT = 256L << 20;

    private final Path dir;
    private final FileChannel lock;
    private final KnownVersions known;
    private final Map<String, PackFile.Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final List<PackFile> found = new ArrayList<>();
    private final List<PackFile> written = new ArrayList<>();
    private final List<Path> unreadable = new ArrayList<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger unread = new AtomicInteger();
    private boolean damaged;

    private ArticleCache(Path dir, FileChannel lock) {
        this.dir = dir;
        this.lock = lock;
        this.known = dir == null ? KnownVersions.none() : KnownVersions.load(dir.resolve("versions"));
    }

    /** A cache that keeps nothing: every article is rendered and its body held in memory. */
    public static ArticleCache none() {
        return new ArticleCache(null, null);
    }

    /**
     * Whether {@code dir} holds what this build derived from some content, which a start could
     * reuse; not when empty, or filled by another build (every article would be derived again).
     */
    public static boolean fromThisBuild(Path dir) {
        return KnownVersions.ofThisBuild(dir.resolve("versions"));
    }

    /** The cache in {@code dir}, created if missing; without one (logged) if the folder cannot be used. */
    public static ArticleCache open(Path dir) {
        FileChannel lock = null;
        try {
            Files.createDirectories(dir);
            lock = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = lock.tryLock();
            if (held == null) {
                throw new IOException("another process uses it");
            }
            ArticleCache cache = new ArticleCache(dir, lock);
            cache.readFiles();
            return cache;
        } catch (IOException | OverlappingFileLockException e) {
            // the overlap has no message: this JVM holds the folder already (a second cache opened on it)
            log.warn("article cache {} not used, every article is rendered: {}", dir,
                    e instanceof OverlappingFileLockException ? "this process uses it already" : e.toString());
            closeQuietly(lock);
            return none();
        }
    }

    private void readFiles() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + PackFile.SUFFIX)) {
            for (Path file : files) {
                PackFile pack;
                try {
                    pack = PackFile.open(file);
                } catch (IOException e) {
                    log.warn("article cache file {} cannot be read ({}); its articles are rendered again", file, e.getMessage());
                    damaged = true;
                    unreadable.add(file);
                    continue;
                }
                found.add(pack);
                if (!pack.scan(entry -> entries.putIfAbsent(entry.version(), entry))) {
                    log.warn("article cache file {} is damaged; what it held after the damage is rendered again", file);
                    damaged = true;
                }
            }
        }
    }

    /** Whether articles are kept in the folder: false when another process holds it or it cannot be used. */
    public boolean kept() {
        return dir != null;
    }

    /** The version of an article file as it was when last read, if its stamp says it is unchanged since; or null. */
    String knownVersion(String key, FileStamp stamp) {
        String version = known.version(key, stamp);
        if (version != null && entries.containsKey(version)) {
            unread.incrementAndGet();
        }
        return version;
    }

    /** Remembers the version of an article file just read, for the next start. */
    void rememberVersion(String key, FileStamp stamp, String version) {
        known.remember(key, stamp, version);
    }

    /** The article cached under {@code version}, its body left on disk and rendered by {@code toHtml}. */
    Optional<ParsedArticle> get(String version, Path root, UnaryOperator<String> toHtml) {
        PackFile.Entry entry = entries.get(version);
        if (entry == null) {
            return Optional.empty();
        }
        used.add(version);
        reused.incrementAndGet();
        return Optional.of(ArticleCodec.meta(entry.pack().read(entry.meta(), entry.metaLength()),
                new StoredBody(entry, root, toHtml)));
    }

    /** Keeps a freshly read article; returns it with its body read from the cache from now on. */
    ParsedArticle put(String version, ParsedArticle article, Path root, UnaryOperator<String> toHtml) {
        rendered.incrementAndGet();
        if (dir == null) {
            return article;
        }
        ArticleBody body = article.body();
        byte[] meta = ArticleCodec.meta(article);
        byte[] markdown = body.markdown().getBytes(StandardCharsets.UTF_8);
        byte[] text = body.text().getBytes(StandardCharsets.UTF_8);
        byte[] links = ArticleCodec.links(body.links(), root);
        try {
            PackFile.Entry entry = writer().append(version, meta, markdown, text, links);
            entries.put(version, entry);
            used.add(version);
            return article.withBody(new StoredBody(entry, root, toHtml));
        } catch (IOException | UncheckedIOException e) {
            log.warn("article cache {}: cannot keep {} ({}); it stays in memory", dir, version, e.getMessage());
            return article;
        }
    }

    private synchronized PackFile writer() throws IOException {
        if (written.isEmpty() || written.get(written.size() - 1).size() > FILE_LIMIT) {
            written.add(PackFile.create(dir.resolve("articles-" + System.currentTimeMillis() + "-" + written.size()
                    + PackFile.SUFFIX)));
        }
        return written.get(written.size() - 1);
    }

    /**
     * Forgets every article the load since {@link #open} did not use. When the files found at
     * start-up hold more forgotten bytes than used ones, or one was damaged, the used records are
     * copied into this run's file and the old files deleted. Articles already handed out keep
     * reading the old files: they stay mapped until nothing refers to them any more.
     */
    public synchronized void prune() {
        if (dir == null) {
            return;
        }
        known.save();
        entries.keySet().retainAll(used);
        long kept = entries.values().stream().filter(e -> found.contains(e.pack())).mapToLong(PackFile.Entry::length).sum();
        long all = found.stream().mapToLong(PackFile::size).sum();
        if (!damaged && all - kept <= kept) {
            return;
        }
        try {
            for (PackFile.Entry entry : List.copyOf(entries.values())) {
                if (found.contains(entry.pack())) {
                    entries.put(entry.version(), writer().copy(entry));
                }
            }
            for (PackFile pack : found) {
                Files.deleteIfExists(pack.path());
            }
            for (Path file : unreadable) {
                Files.deleteIfExists(file);
            }
            unreadable.clear();
            log.info("article cache {}: dropped {} KB no content uses any more", dir, (all - kept) / 1024);
            found.clear();
            damaged = false;
        } catch (IOException | UncheckedIOException e) {
            log.warn("article cache {}: pruning failed ({}); tried again at the next start", dir, e.getMessage());
        }
    }

    /** How many articles the cache holds. */
    public int size() {
        return entries.size();
    }

    /** Articles taken from the cache since it was opened. */
    public int reused() {
        return reused.get();
    }

    /** Articles taken from the cache without reading their file: it looked as it did when last read. */
    public int unread() {
        return unread.get();
    }

    /** Articles rendered (not found in the cache) since it was opened. */
    public int rendered() {
        return rendered.get();
    }

    @Override
    public synchronized void close() {
        if (dir != null) {
            known.save();
        }
        for (PackFile pack : written) {
            try {
                pack.close();
            } catch (IOException e) {
                log.warn("closing article cache file {} failed: {}", pack.path(), e.getMessage());
            }
        }
        closeQuietly(lock);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // releasing the lock on the way out: the operating system releases it with the process anyway
        }
    }
}
