package com.okpay.helpcenter.live;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SnapshotBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the content folder again (only changed files are parsed), builds the whole snapshot
 * (content and search index together) and swaps it in. Requests keep reading the old snapshot
 * until the swap, so none sees half an update; if the load fails the old snapshot stays.
 */
final class ContentReloader {
    private static final Logger log = LoggerFactory.getLogger(ContentReloader.class);

    private final Path root;
    private final ContentLoader loader;
    private final SnapshotBuilder snapshots;
    private final LiveSite site;
    private final Numbered<Reload> done = new Numbered<>(new Reload(0, 0, 0, 0, 0, false), Reload::number);
    private volatile java.util.function.Consumer<Reload> listener = reload -> { };

    ContentReloader(Path root, ContentLoader loader, SnapshotBuilder snapshots, LiveSite site) {
        this.root = root;
        this.loader = loader;
        this.snapshots = snapshots;
        this.site = site;
    }

    /** One reload at a time: two at once could swap in the older snapshot last. */
    synchronized Reload reload() {
        long start = System.nanoTime();
        Content previous = site.current().content();
        Reload result;
        try {
            Content next = loader.load(root, previous);
            site.swap(snapshots.build(next));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            result = compare(previous, next, millis);
            ContentLog.newProblems(next, previous);
            log.info("content reloaded: {} articles, {} new or changed, {} removed, {} problems, in {} ms",
                    result.articles(), result.changed(), result.removed(),
                    next.problems().size(), millis);
        } catch (ContentException e) {
            result = failed(previous, start);
            log.error("{} (the site keeps its previous content until this is fixed)", e.toProblem().format(root));
        } catch (RuntimeException e) {
            result = failed(previous, start);
            log.error("content reload failed; the site keeps its previous content", e);
        }
        done.record(result);
        listener.accept(result);
        return result;
    }

    void onReload(java.util.function.Consumer<Reload> next) {
        listener = next;
    }

    private Reload compare(Content previous, Content next, long millis) {
        Map<Path, Article> before = new HashMap<>();
        previous.articles().forEach(a -> before.put(a.source(), a));
        int changed = 0;
        for (Article article : next.articles()) {
            if (before.remove(article.source()) != article) {
                changed++;
            }
        }
        return new Reload(number(), next.articleCount(), changed, before.size(), millis, false);
    }

    private Reload failed(Content previous, long start) {
        return new Reload(number(), previous.articleCount(), 0, 0,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), true);
    }

    private long number() {
        return done.next();
    }

    Reload last() {
        return done.last();
    }

    /** Waits until reload number {@code after + 1} (or a later one) has finished; null on timeout. */
    Reload awaitAfter(long after, Duration timeout) throws InterruptedException {
        return done.awaitAfter(after, timeout);
    }
}
