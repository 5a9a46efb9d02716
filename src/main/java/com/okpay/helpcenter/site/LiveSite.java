package com.okpay.helpcenter.site;

import java.util.concurrent.atomic.AtomicReference;

/** Holds the snapshot requests read; a reload replaces it in one atomic step. */
public final class LiveSite {
    private final AtomicReference<SiteSnapshot> current;

    public LiveSite(SiteSnapshot initial) {
        this.current = new AtomicReference<>(initial);
    }

    public SiteSnapshot current() {
        return current.get();
    }

    public void swap(SiteSnapshot next) {
        current.set(next);
    }
}
