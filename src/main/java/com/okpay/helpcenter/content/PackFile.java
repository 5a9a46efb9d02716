package com.okpay.helpcenter.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * One file of the article cache: records appended one after the other, each with its length and
 * a CRC-32C of its bytes, so a record cut short by a crash or damaged on disk is detected and
 * rebuilt, never served. Files found at start-up are memory-mapped and only read; the file this
 * run appends to is read with positional reads. Either way the bytes stay off the Java heap.
 *
 * <p>Record: magic, payload length, CRC-32C of the payload; payload: the version (the file's
 * {@link ContentHash}), then the article's front matter, Markdown body, text and links, each length-prefixed.
 */
final class PackFile implements Closeable {
    static final String SUFFIX = ".pack";
    private static final int MAGIC = 0x48435032; // "HCP2": records keep the Markdown, not rendered HTML
    private static final int HEADER = 12;

    private final Path path;
    private final MappedByteBuffer mapped;
    private final Object io = new Object();
    private FileChannel channel;
    private long size;
    private boolean closed;

    /** Where one record's parts lie in its file. */
    record Entry(PackFile pack, String version, long start, int length, long meta, int metaLength,
                 long markdown, int markdownLength, long text, int textLength, long links, int linksLength) {
        Entry movedTo(PackFile other, long newStart) {
            long shift = newStart - start;
            return new Entry(other, version, newStart, length, meta + shift, metaLength, markdown + shift, markdownLength,
                    text + shift, textLength, links + shift, linksLength);
        }
    }

    private PackFile(Path path, MappedByteBuffer mapped, FileChannel channel, long size) {
        this.path = path;
        this.mapped = mapped;
        this.channel = channel;
        this.size = size;
    }

    /** A file left by an earlier run, mapped and only read from now on. */
    static PackFile open(Path path) throws IOException {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            long length = file.size();
            if (length > Integer.MAX_VALUE) {
                throw new IOException(path + " is larger than a cache file ever gets");
            }
            return new PackFile(path, file.map(FileChannel.MapMode.READ_ONLY, 0, length), null, length);
        }
    }

    /** A new, empty file this run appends to. */
    static PackFile create(Path path) throws IOException {
        return new PackFile(path, null, FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE), 0);
    }

    Path path() {
        return path;
    }

    long size() {
        synchronized (io) {
            return size;
        }
    }

    /**
     * Hands every sound record to {@code each}, in file order, and stops at the first that is cut
     * short or whose checksum does not match. Returns whether the whole file was sound.
     */
    boolean scan(Consumer<Entry> each) {
        ByteBuffer buffer = mapped.duplicate();
        int end = buffer.capacity();
        int at = 0;
        CRC32C crc = new CRC32C();
        while (at < end) {
            if (end - at < HEADER || buffer.getInt(at) != MAGIC) {
                return false;
            }
            int length = buffer.getInt(at + 4);
            if (length < 0 || length > end - at - HEADER) {
                return false;
            }
            crc.reset();
            crc.update(buffer.slice(at + HEADER, length));
            if ((int) crc.getValue() != buffer.getInt(at + 8)) {
                return false;
            }
            Entry entry = parse(buffer, at, length);
            if (entry == null) {
                return false;
            }
            each.accept(entry);
            at += HEADER + length;
        }
        return true;
    }

    private Entry parse(ByteBuffer buffer, int start, int length) {
        int end = start + HEADER + length;
        int[] parts = new int[10];
        int at = start + HEADER;
        for (int part = 0; part < 5; part++) {
            if (end - at < 4) {
                return null;
            }
            int size = buffer.getInt(at);
            if (size < 0 || size > end - at - 4) {
                return null;
            }
            parts[part * 2] = at + 4;
            parts[part * 2 + 1] = size;
            at += 4 + size;
        }
        byte[] version = new byte[parts[1]];
        buffer.get(parts[0], version);
        return new Entry(this, new String(version, StandardCharsets.US_ASCII), start, HEADER + length,
                parts[2], parts[3], parts[4], parts[5], parts[6], parts[7], parts[8], parts[9]);
    }

    /** Appends one record and tells where its parts are. */
    Entry append(String version, byte[] meta, byte[] markdown, byte[] text, byte[] links) throws IOException {
        byte[][] parts = {version.getBytes(StandardCharsets.US_ASCII), meta, markdown, text, links};
        int length = 0;
        for (byte[] part : parts) {
            length += 4 + part.length;
        }
        ByteBuffer record = ByteBuffer.allocate(HEADER + length);
        record.putInt(MAGIC).putInt(length).putInt(0);
        for (byte[] part : parts) {
            record.putInt(part.length).put(part);
        }
        CRC32C crc = new CRC32C();
        crc.update(record.array(), HEADER, length);
        record.putInt(8, (int) crc.getValue());
        long start = write(record.flip());
        return parse(record.rewind(), 0, length).movedTo(this, start);
    }

    /** Appends a copy of a record of another file (when the cache is compacted). */
    Entry copy(Entry entry) throws IOException {
        long start = write(ByteBuffer.wrap(entry.pack().read(entry.start(), entry.length())));
        return entry.movedTo(this, start);
    }

    private long write(ByteBuffer record) throws IOException {
        synchronized (io) {
            long start = size;
            while (record.hasRemaining()) {
                size += open().write(record, size);
            }
            return start;
        }
    }

    byte[] read(long position, int length) {
        byte[] bytes = new byte[length];
        if (mapped != null) {
            mapped.get((int) position, bytes);
            return bytes;
        }
        ByteBuffer into = ByteBuffer.wrap(bytes);
        try {
            while (into.hasRemaining()) {
                if (open().read(into, position + into.position()) < 0) {
                    throw new IOException(path + " ends before byte " + (position + length));
                }
            }
        } catch (ClosedByInterruptException e) {
            // the interrupt closed the channel for every reader: read again on a fresh one, and leave
            // the thread's interrupt for its owner to see
            Thread.interrupted();
            try {
                return read(position, length);
            } finally {
                Thread.currentThread().interrupt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the article cache " + path + " failed", e);
        }
        return bytes;
    }

    private FileChannel open() throws IOException {
        synchronized (io) {
            if (closed) {
                throw new IOException(path + " was closed with the site");
            }
            if (!channel.isOpen()) {
                channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            return channel;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (io) {
            closed = true;
            if (channel != null) {
                channel.close();
            }
        }
    }
}
