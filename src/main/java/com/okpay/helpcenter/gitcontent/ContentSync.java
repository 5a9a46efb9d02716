package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.live.LiveContent;
import com.okpay.helpcenter.live.Numbered;
import com.okpay.helpcenter.live.Reload;
import com.okpay.helpcenter.site.LiveSite;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls on one background thread: when asked (webhook, editor, another instance) and on a timer.
 * Requests that arrive while one is waiting are one pull, and pulls are at least {@link #MIN_GAP}
 * apart, so replayed or flooded webhooks cost at most one fetch per gap. A failed pull keeps the
 * site as it is and is retried with growing pauses.
 */
final class ContentSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);
    static final Duration MIN_GAP = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final ContentRepository repository;
    private final GitContentSettings settings;
    private final CommitDates dates;
    private final LiveContent live;
    private final LiveSite site;
    private final Clock clock;
    private final Duration firstBackoff;
    private final ScheduledExecutorService executor;
    private final Object lock = new Object();
    private Consumer<CommitInfo> onNewCommit = commit -> { };
    private boolean queued;
    private long lastStart;
    private int failures;
    private CommitInfo serving;
    private final Numbered<SyncResult> done = new Numbered<>(SyncResult.NONE, SyncResult::number);

    ContentSync(ContentRepository repository, GitContentSettings settings, CommitDates dates, LiveContent live,
                LiveSite site, CommitInfo serving, Clock clock, Duration firstBackoff) {
        this.repository = repository;
        this.settings = settings;
        this.dates = dates;
        this.live = live;
        this.site = site;
        this.serving = serving;
        this.clock = clock;
        this.firstBackoff = firstBackoff;
        this.executor = daemon("content-git");
    }

    /** One background thread that does not keep the JVM alive. */
    static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Called after a pull brought a new commit: tells the other instances. */
    void onNewCommit(Consumer<CommitInfo> listener) {
        this.onNewCommit = listener;
    }

    void start() {
        if (settings.poll() != null) {
            long every = settings.poll().toMillis();
            executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Asks for a pull soon; a request while one is already waiting joins it. */
    void request(String trigger) {
        synchronized (lock) {
            if (queued) {
                return;
            }
            queued = true;
            long wait = Math.max(0, lastStart + MIN_GAP.toNanos() - System.nanoTime());
            schedule(() -> run(trigger), wait);
        }
    }

    private void poll() {
        synchronized (lock) {
            if (failures > 0) {
                return; // the retry timer is in charge until a pull succeeds again
            }
        }
        request("poll");
    }

    private void run(String trigger) {
        synchronized (lock) {
            queued = false;
            lastStart = System.nanoTime();
        }
        Instant at = clock.instant();
        CommitInfo before = serving();
        SyncResult result;
        try {
            long fetching = System.nanoTime();
            CommitInfo after = repository.pull();
            long pullMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - fetching);
            boolean changed = !after.hash().equals(before.hash());
            String message = changed ? publish(before, after, pullMillis) : "up to date at " + after.shortHash();
            synchronized (lock) {
                serving = after;
                failures = 0;
            }
            result = new SyncResult(number(), at, trigger, false, message, changed);
            if (changed) {
                onNewCommit.accept(after);
            }
        } catch (GitFailure | IOException | RuntimeException e) {
            Duration wait = backoff();
            String message = e instanceof GitFailure ? e.getMessage() : ContentRepository.oneLine(e);
            log.warn("content sync from {} failed: {}; still serving {}, next try in {} s",
                    settings.redactedUrl(), message, before.shortHash(), wait.toSeconds());
            schedule(() -> request("retry"), wait.toNanos());
            result = new SyncResult(number(), at, trigger, true, message, false);
        }
        done.record(result);
    }

    /** Dates first, then the incremental reload, so articles read now get their commit dates. */
    private String publish(CommitInfo before, CommitInfo after, long pullMillis) throws IOException {
        long dating = System.nanoTime();
        dates.update(repository.repository(), settings.dir(), before.hash());
        long datesMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - dating);
        Reload reload = live.reloadNow();
        Content content = site.current().content();
        List<ContentProblem> errors = content.problems().stream().filter(ContentProblem::isError).toList();
        if (!errors.isEmpty()) {
            log.warn("commit {} by {} (\"{}\") has {} content errors; the last good version of each file stays online:\n  {}",
                    after.shortHash(), after.author(), after.message(), errors.size(),
                    String.join("\n  ", errors.stream().map(p -> p.format(content.root())).toList()));
        }
        log.info("content now at {} by {} (\"{}\"), was {}: {} articles read again, {} removed; fetch and reset {} ms, "
                        + "commit dates {} ms, reload {} ms", after.shortHash(), after.author(), after.message(),
                before.shortHash(), reload.changed(), reload.removed(), pullMillis, datesMillis, reload.millis());
        return (reload.failed() ? "pulled " + after.shortHash() + ", but the reload failed; previous content kept"
                : "updated " + before.shortHash() + " to " + after.shortHash() + ": " + reload.changed()
                + " articles read again, " + reload.removed() + " removed");
    }

    private Duration backoff() {
        synchronized (lock) {
            failures++;
            long factor = 1L << Math.min(failures - 1, 16);
            Duration wait = firstBackoff.multipliedBy(factor);
            return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
        }
    }

    private long number() {
        return done.next();
    }

    CommitInfo serving() {
        synchronized (lock) {
            return serving;
        }
    }

    SyncResult last() {
        return done.last();
    }

    /** Waits for a sync numbered above {@code after}; null on timeout. */
    SyncResult awaitAfter(long after, Duration timeout) throws InterruptedException {
        return done.awaitAfter(after, timeout);
    }

    private void schedule(Runnable task, long nanos) {
        try {
            executor.schedule(task, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed: the app is stopping
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
