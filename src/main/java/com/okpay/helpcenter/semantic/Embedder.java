package com.okpay.helpcenter.semantic;

import java.util.List;

/** Turns text into unit vectors. One per language; safe for concurrent use. */
interface Embedder {
    /** Names the model and its version: part of every cache key, so another model never reuses a vector. */
    String model();

    int dimension();

    List<float[]> passages(List<String> texts);

    float[] query(String text);
}
