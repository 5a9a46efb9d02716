package com.okpay.helpcenter.contact;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Removes the metadata of JPEG and PNG files (Exif with GPS position and camera serial, XMP,
 * IPTC, comments, text chunks, times) by dropping whole segments or chunks as they stream
 * through: the pixels are never decoded or re-encoded, so the image is byte for byte what it
 * was, minus those. The colour profile (ICC) and the orientation (rewritten as a one-tag Exif)
 * stay, so the picture looks the same.
 */
final class ImageCleaner {
    /** The file ended early or is not laid out as its kind says. */
    static final class Damaged extends IOException {
        Damaged(String why) {
            super(why);
        }
    }

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);
    /** Ancillary PNG chunks that change how the image looks (colour, transparency, animation). */
    private static final Set<String> PNG_KEPT = Set.of("iCCP", "sRGB", "gAMA", "cHRM", "cICP", "mDCV", "mDCv", "cLLI",
            "cLLi", "sBIT", "tRNS", "bKGD", "pHYs", "sPLT", "hIST", "acTL", "fcTL", "fdAT");
    private static final int MAX_EXIF = 64 * 1024;

    private ImageCleaner() {
    }

    static void clean(FileKind kind, InputStream in, OutputStream out) throws IOException {
        if (kind == FileKind.JPEG) {
            jpeg(new DataInputStream(in), out);
        } else if (kind == FileKind.PNG) {
            png(new DataInputStream(in), out);
        } else {
            in.transferTo(out);
        }
    }

    private static void jpeg(DataInputStream in, OutputStream out) throws IOException {
        if (in.readUnsignedByte() != 0xff || in.readUnsignedByte() != 0xd8) {
            throw new Damaged("no JPEG start marker");
        }
        out.write(new byte[] {(byte) 0xff, (byte) 0xd8});
        while (true) {
            int marker = nextMarker(in);
            if (marker == 0xda || marker == 0xd9) {
                // start of scan (or an image without one): the rest is pixel data, copied as it is
                out.write(0xff);
                out.write(marker);
                in.transferTo(out);
                return;
            }
            if (marker >= 0xd0 && marker <= 0xd7 || marker == 0x01) {
                out.write(0xff);
                out.write(marker);
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new Damaged("JPEG segment length " + length);
            }
            byte[] data = new byte[length - 2];
            in.readFully(data);
            if (marker == 0xe1 && startsWith(data, EXIF)) {
                int orientation = Exif.orientation(data, EXIF.length, data.length - EXIF.length);
                if (orientation != 1) {
                    byte[] tiff = Exif.orientationOnly(orientation);
                    byte[] exif = Arrays.copyOf(EXIF, EXIF.length + tiff.length);
                    System.arraycopy(tiff, 0, exif, EXIF.length, tiff.length);
                    segment(out, 0xe1, exif);
                }
            } else if (keepsJpegSegment(marker, data)) {
                segment(out, marker, data);
            }
        }
    }

    /** Everything that is not an application segment or a comment describes the image itself. */
    private static boolean keepsJpegSegment(int marker, byte[] data) {
        if (marker == 0xfe) {
            return false;
        }
        if (marker < 0xe0 || marker > 0xef) {
            return true;
        }
        return marker == 0xe0 || marker == 0xe2 && startsWith(data, ICC) || marker == 0xee && startsWith(data, ADOBE);
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xff) {
            throw new Damaged("JPEG segment does not start with a marker");
        }
        int marker = in.readUnsignedByte();
        while (marker == 0xff) {
            marker = in.readUnsignedByte();
        }
        return marker;
    }

    private static void segment(OutputStream out, int marker, byte[] data) throws IOException {
        out.write(new byte[] {(byte) 0xff, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)});
        out.write(data);
    }

    private static void png(DataInputStream in, OutputStream out) throws IOException {
        byte[] signature = new byte[8];
        in.readFully(signature);
        out.write(signature);
        while (true) {
            long length = in.readInt() & 0xffffffffL;
            byte[] type = new byte[4];
            in.readFully(type);
            String name = new String(type, StandardCharsets.ISO_8859_1);
            boolean critical = Character.isUpperCase(name.charAt(0));
            if (name.equals("eXIf")) {
                exifChunk(in, out, length);
            } else if (critical || PNG_KEPT.contains(name)) {
                writeInt(out, length);
                out.write(type);
                copy(in, out, length + 4);
            } else {
                skip(in, length + 4);
            }
            if (name.equals("IEND")) {
                return; // anything after the end of the image is dropped too
            }
        }
    }

    private static void exifChunk(DataInputStream in, OutputStream out, long length) throws IOException {
        if (length > MAX_EXIF) {
            skip(in, length + 4);
            return;
        }
        byte[] data = new byte[(int) length];
        in.readFully(data);
        skip(in, 4);
        int orientation = Exif.orientation(data, 0, data.length);
        if (orientation != 1) {
            byte[] tiff = Exif.orientationOnly(orientation);
            byte[] type = "eXIf".getBytes(StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(tiff);
            writeInt(out, tiff.length);
            out.write(type);
            out.write(tiff);
            writeInt(out, crc.getValue());
        }
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[8192];
        while (count > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, count));
            if (read < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, read);
            count -= read;
        }
    }

    private static void skip(InputStream in, long count) throws IOException {
        while (count > 0) {
            long skipped = in.skip(count);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                skipped = 1;
            }
            count -= skipped;
        }
    }

    private static void writeInt(OutputStream out, long value) throws IOException {
        out.write(new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
