package com.okpay.helpcenter.semantic;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Vectors already computed, keyed by model and the SHA-256 of the chunk text, in one append-only
 * file per model under the cache folder: a chunk is embedded once, whatever article or reload it
 * comes back in. Read only when something needs embedding; a torn last record (a crash mid-write) is
 * ignored.
 */
final class EmbeddingCache {
    private final Path file;
    private final int dimension;
    private Map<String, float[]> vectors;

    EmbeddingCache(Path folder, String model, int dimension) {
        this.file = folder.resolve(model + ".vectors");
        this.dimension = dimension;
    }

    static String hash(String model, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized float[] get(String hash) {
        return loaded().get(hash);
    }

    synchronized void putAll(List<String> hashes, List<float[]> computed) {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (int i = 0; i < hashes.size(); i++) {
                    float[] vector = computed.get(i);
                    if (vector.length != dimension) {
                        continue;
                    }
                    out.write(HexFormat.of().parseHex(hashes.get(i)));
                    for (float v : vector) {
                        out.writeFloat(v);
                    }
                    loaded().put(hashes.get(i), vector);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache " + file, e);
        }
    }

    synchronized int size() {
        return loaded().size();
    }

    private Map<String, float[]> loaded() {
        if (vectors == null) {
            vectors = new HashMap<>();
            if (Files.exists(file)) {
                try (InputStream raw = Files.newInputStream(file);
                     DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
                    byte[] key = new byte[32];
                    while (true) {
                        in.readFully(key);
                        float[] vector = new float[dimension];
                        for (int i = 0; i < dimension; i++) {
                            vector[i] = in.readFloat();
                        }
                        vectors.put(HexFormat.of().formatHex(key), vector);
                    }
                } catch (EOFException end) {
                    // the end of the file, or a record cut short by a crash: what was read stands
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the embedding cache " + file, e);
                }
            }
        }
        return vectors;
    }
}
