package com.okpay.helpcenter.contact;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the contact form takes, told apart by their first bytes (magic numbers),
 * never by the name or the browser's content type: an {@code .exe} renamed {@code .png} starts
 * with {@code MZ}, a ZIP named {@code .pdf} with {@code PK}, and both are refused. Anything else is
 * {@link #TEXT} only if {@link TextCheck} later finds it is plain UTF-8 text.
 */
enum FileKind {
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp"),
    GIF("image/gif"),
    PDF("application/pdf"),
    TEXT("text/plain; charset=UTF-8");

    /** How many first bytes {@link #sniff} needs. */
    static final int HEAD = 12;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;

    FileKind(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The binary kind these first bytes announce, or empty (then the file may still be plain text). */
    static Optional<FileKind> sniff(byte[] head, int length) {
        byte[] h = Arrays.copyOf(head, Math.max(length, 0));
        if (startsWith(h, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (h.length >= 12 && startsWith(h, ascii("RIFF")) && startsWith(Arrays.copyOfRange(h, 8, 12), ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(h, ascii("GIF87a")) || startsWith(h, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(h, ascii("%PDF-"))) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String magic) {
        return magic.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
