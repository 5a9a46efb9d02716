package com.okpay.helpcenter.semantic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Query vectors, the recent ones remembered (at most {@value #SIZE}, least recently used first out):
 * embedding a query costs milliseconds, and popular questions come back all day. The key is the
 * query with its white space collapsed, which the tokenizers split on anyway (case stays: the
 * Chinese model's tokenizer keeps it).
 */
final class QueryVectors {
    private static final int SIZE = 4096;
    private static final Pattern SPACES = Pattern.compile("\\s+");
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
        String key = normalized(query);
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

    static String normalized(String query) {
        return SPACES.matcher(query.strip()).replaceAll(" ");
    }
}
