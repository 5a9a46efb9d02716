package com.okpay.helpcenter.semantic;

import java.util.List;
import java.util.Map;

/**
 * Vectors shared by every instance of a site, next to each instance's own cache file: a chunk
 * one instance embedded is not embedded again by another, so a new instance starts warm.
 * Keyed like the cache file, by chunk hash per model. Failing to reach them only means embedding.
 */
interface SharedVectors {
    SharedVectors NONE = new SharedVectors() {
        @Override
        public Map<String, float[]> find(String model, List<String> hashes) {
            return Map.of();
        }

        @Override
        public void add(String model, List<String> hashes, List<float[]> vectors) {
        }
    };

    /** The vectors known for some of {@code hashes}, by hash; none when they cannot be read. */
    Map<String, float[]> find(String model, List<String> hashes);

    /** Keeps {@code vectors}, the i-th for the i-th hash; one already kept is left as it is. */
    void add(String model, List<String> hashes, List<float[]> vectors);
}
