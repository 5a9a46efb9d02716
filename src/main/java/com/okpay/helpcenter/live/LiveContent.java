package com.okpay.helpcenter.live;

import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SnapshotBuilder;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Keeps the site in step with the content folder: the watcher's signals are debounced, then one
 * background thread reloads and swaps the snapshot. Tests and benchmarks wait for reloads with
 * {@link #awaitReload} instead of sleeping.
 */
public final class LiveContent implements AutoCloseable {
    /** Long enough to gather a git checkout or an editor's save-by-rename into one reload. */
    public static final Duration QUIET = Duration.ofMillis(200);
    /** A steady stream of writes still gets published this often. */
    public static final Duration MAX_DELAY = Duration.ofMillis(1500);

    private final ContentWatcher watcher;
    private final ContentReloader reloader;
    private final Debouncer debouncer;

    /** @param watcher null when something else says when to reload (see {@link #reloadNow()}) */
    public LiveContent(ContentWatcher watcher, Path root, ContentLoader loader, SnapshotBuilder snapshots, LiveSite site) {
        this.watcher = watcher;
        this.reloader = new ContentReloader(root, loader, snapshots, site);
        this.debouncer = new Debouncer(QUIET, MAX_DELAY, reloader::reload, "content-reload");
    }

    public LiveContent start() {
        if (watcher != null) {
            watcher.start(debouncer::signal);
        }
        return this;
    }

    /**
     * Reloads on the caller's thread and returns when the new snapshot is served (or the old one
     * kept): for a git pull, whose files are all written when it returns.
     */
    public Reload reloadNow() {
        return reloader.reload();
    }

    /** Tells {@code listener} about every finished reload, on the reload thread (for /metrics). */
    public LiveContent onReload(java.util.function.Consumer<Reload> listener) {
        reloader.onReload(listener);
        return this;
    }

    /** The last finished reload (number 0 before the first). */
    public Reload lastReload() {
        return reloader.last();
    }

    /**
     * Waits for a reload numbered above {@code after} (take it from {@link #lastReload()} before
     * changing files) and returns it, or null if none finished within {@code timeout}.
     */
    public Reload awaitReload(long after, Duration timeout) throws InterruptedException {
        return reloader.awaitAfter(after, timeout);
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        debouncer.close();
    }
}
