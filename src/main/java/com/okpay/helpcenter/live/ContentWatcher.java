package com.okpay.helpcenter.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content folder and every folder below it (WatchService watches one folder at a
 * time, so new folders are registered as they appear). Hidden folders such as .git are skipped,
 * and so are editors' scratch files; a save by rename shows up as a new file under the real name.
 */
public final class ContentWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private Thread thread;

    private ContentWatcher(Path root, WatchService service) {
        this.root = root;
        this.service = service;
    }

    /** Starts watching at once, so changes made before {@link #start} are not lost. */
    public static ContentWatcher open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        ContentWatcher watcher = new ContentWatcher(absolute, absolute.getFileSystem().newWatchService());
        try {
            watcher.registerTree(absolute);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        return watcher;
    }

    /** Calls {@code onChange} on the watcher's thread after each batch of changes; it must return quickly. */
    public synchronized void start(Runnable onChange) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(() -> run(onChange), "content-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = false;
                boolean overflow = false;
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                        overflow = true;
                        continue;
                    }
                    Path changed = folder.resolve((Path) event.context());
                    if (ignored(changed)) {
                        continue;
                    }
                    relevant = true;
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                        registerQuietly(changed);
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
                if (overflow) {
                    // events were lost, so folders created meanwhile may be unwatched; the reload itself
                    // compares every file with what it read last time, so no change is missed
                    log.info("too many changes at once for the watch service; rescanning {}", root);
                    registerQuietly(root);
                }
                if (overflow || relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the app is stopping
        }
    }

    /** Scratch files of editors and tools: vim's .swp and 4913, emacs' #autosave#, backups~, .hidden. */
    static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || (name.startsWith("#") && name.endsWith("#")) || name.equals("4913");
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            // a folder deleted right after it was created: its parent's events cover it
            log.debug("cannot watch {}: {}", folder, e.toString());
        }
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    int watchedFolders() {
        return folders.size();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            log.debug("closing the watch service: {}", e.toString());
        }
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.interrupt();
        }
    }
}
