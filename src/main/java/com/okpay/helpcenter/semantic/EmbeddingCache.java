package com.okpay.helpcenter.semantic;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * comes back in. Only the keys and where each vector stands are kept in memory (read when
 * something first needs embedding: at 12 000 articles the files hold 85 MB of vectors, and reading
 * them all made a one-article edit after a restart take seconds); a vector is read when asked for.
 * A torn last record (a crash mid-write) is ignored.
 */
final class EmbeddingCache implements Closeable {
    private static final int KEY_BYTES = 32;
    private final Path file;
    private final int dimension;
    private Map<String, Long> offsets;
    /** Opened at the first vector read and kept: a re-index reads tens of thousands, one by one. */
    private FileChannel reading;

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

    synchronized boolean contains(String hash) {
        return offsets().containsKey(hash);
    }

    synchronized float[] get(String hash) {
        Long offset = offsets().get(hash);
        if (offset == null) {
            return null;
        }
        try {
            if (reading == null) {
                reading = FileChannel.open(file, StandardOpenOption.READ);
            }
            ByteBuffer bytes = ByteBuffer.allocate(dimension * Float.BYTES);
            readFully(reading, bytes, offset);
            float[] vector = new float[dimension];
            bytes.flip().asFloatBuffer().get(vector);
            return vector;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding cache " + file, e);
        }
    }

    /** Fills {@code bytes} from {@code position} on: a positional read may return fewer bytes than asked. */
    private static void readFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        while (bytes.hasRemaining() && channel.read(bytes, position + bytes.position()) >= 0) {
            // read on
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (reading != null) {
            reading.close();
            reading = null;
        }
    }

    synchronized void putAll(List<String> hashes, List<float[]> computed) {
        try {
            Files.createDirectories(file.getParent());
            Map<String, Long> known = offsets();
            long end = Files.exists(file) ? Files.size(file) : 0;
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
                    known.put(hashes.get(i), end + KEY_BYTES);
                    end += KEY_BYTES + (long) dimension * Float.BYTES;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache " + file, e);
        }
    }

    synchronized int size() {
        return offsets().size();
    }

    /** Where each vector starts in the file, by key: the keys are read, the vectors skipped. */
    private Map<String, Long> offsets() {
        if (offsets == null) {
            offsets = new HashMap<>();
            if (Files.exists(file)) {
                long record = KEY_BYTES + (long) dimension * Float.BYTES;
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    long whole = channel.size() / record;
                    ByteBuffer key = ByteBuffer.allocate(KEY_BYTES);
                    for (long i = 0; i < whole; i++) {
                        key.clear();
                        readFully(channel, key, i * record);
                        offsets.put(HexFormat.of().formatHex(key.array()), i * record + KEY_BYTES);
                    }
                    // a record cut short by a crash (the file's tail) is not counted, and the next append
                    // would misalign: cut it off
                    if (channel.size() % record != 0) {
                        try (FileChannel writable = FileChannel.open(file, StandardOpenOption.WRITE)) {
                            writable.truncate(whole * record);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the embedding cache " + file, e);
                }
            }
        }
        return offsets;
    }
}
