package com.okpay.helpcenter.cache;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Rendered pages of one content version, bounded by the bytes they hold. A miss renders outside
 * any lock (two visitors asking for the same new page at once may both render it; one copy is
 * kept). Over the bound, entries are dropped in the map's own order, which is effectively random:
 * a dropped page is rendered again when next asked for.
 *
 * @param <T> what is kept: a page, or a page with what it was made from
 */
public final class PageCache<T> {
    private final ConcurrentHashMap<String, T> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budget;
    private final ToLongFunction<T> weigher;

    public PageCache(long budgetBytes, ToLongFunction<T> weigher) {
        this.budget = budgetBytes;
        this.weigher = weigher;
    }

    /** A cache of plain pages. */
    public static PageCache<RenderedPage> ofPages(long budgetBytes) {
        return new PageCache<>(budgetBytes, RenderedPage::weight);
    }

    public T get(String key, Supplier<T> render) {
        T entry = entries.get(key);
        if (entry != null) {
            return entry;
        }
        entry = render.get();
        T earlier = entries.putIfAbsent(key, entry);
        if (earlier != null) {
            return earlier;
        }
        if (bytes.addAndGet(weigher.applyAsLong(entry)) > budget) {
            shrink();
        }
        return entry;
    }

    /** What is kept under {@code key}, or null: never renders. */
    public T find(String key) {
        return entries.get(key);
    }

    /** Keeps {@code entry} under {@code key} (replacing what was there), within the bound. */
    public void keep(String key, T entry) {
        T earlier = entries.put(key, entry);
        long added = weigher.applyAsLong(entry) - (earlier == null ? 0 : weigher.applyAsLong(earlier));
        if (bytes.addAndGet(added) > budget) {
            shrink();
        }
    }

    public int size() {
        return entries.size();
    }

    public long bytes() {
        return bytes.get();
    }

    private void shrink() {
        long target = budget * 3 / 4;
        Iterator<T> iterator = entries.values().iterator();
        while (bytes.get() > target && iterator.hasNext()) {
            T entry = iterator.next();
            iterator.remove();
            bytes.addAndGet(-weigher.applyAsLong(entry));
        }
    }
}
