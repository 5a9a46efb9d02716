package com.okpay.helpcenter.semantic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query vectors, the recent ones remembered: embedding a query costs milliseconds, and popular
 * questions come back all day.
 */
final class QueryVectors {
    private static final int SIZE = 4096;
    private final Embedder embedder;
    private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > SIZE;
        }
    };

    QueryVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    float[] vector(String query) {
        String key = query.strip();
        synchronized (recent) {
            float[] known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        float[] vector = embedder.query(key);
        synchronized (recent) {
            recent.put(key, vector);
        }
        return vector;
    }
}
