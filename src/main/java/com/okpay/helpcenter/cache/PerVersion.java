package com.okpay.helpcenter.cache;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What is derived from the content version being served (its page caches, its look-ups), made by
 * the first request that sees a new version. The previous version's goes with it, so nothing
 * derived ever outlives the content it came from.
 *
 * @param <V> the content version, compared by identity
 * @param <D> what is derived from it
 */
public final class PerVersion<V, D> {
    private final Function<V, D> derive;
    private final AtomicReference<Entry<V, D>> current = new AtomicReference<>();

    private record Entry<V, D>(V version, D derived) {
    }

    public PerVersion(Function<V, D> derive) {
        this.derive = derive;
    }

    public D of(V version) {
        Entry<V, D> entry = current.get();
        while (entry == null || entry.version() != version) {
            Entry<V, D> fresh = new Entry<>(version, derive.apply(version));
            if (current.compareAndSet(entry, fresh)) {
                return fresh.derived();
            }
            entry = current.get();
        }
        return entry.derived();
    }
}
