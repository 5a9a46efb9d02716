package com.okpay.helpcenter.semantic;

import java.util.List;

/** Turns text into unit vectors. One per language; safe for concurrent use. */
interface Embedder {
    /** Names the model and its version: part of every cache key, so another model never reuses a vector. */
    String model();

    int dimension();

    List<float[]> passages(List<String> texts);

    float[] query(String text);

    /**
     * Lets the runs in flight end and refuses later ones (with a
     * {@link java.util.concurrent.CancellationException}); for shutting down.
     *
     * @return false if a run in flight did not end within {@code wait}
     */
    default boolean stop(java.time.Duration wait) throws InterruptedException {
        return true;
    }
}
