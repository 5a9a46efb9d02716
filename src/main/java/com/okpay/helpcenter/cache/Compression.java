package com.okpay.helpcenter.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses a body once, when it is first asked for in that encoding. Pages that live as long as
 * their content version get the strongest settings; one-off search pages a faster one.
 */
public final class Compression {
    private static final Logger log = LoggerFactory.getLogger(Compression.class);

    /** How hard to try: a body served thousands of times, or one that may be served once. */
    public enum Effort { MAX, FAST }

    private final boolean brotli;

    public Compression() {
        this.brotli = loadBrotli();
    }

    public boolean brotliAvailable() {
        return brotli;
    }

    byte[] compress(byte[] body, Encoding encoding, Effort effort) {
        return switch (encoding) {
            case IDENTITY -> body;
            // a page that may be asked for once: nginx's own default level, which costs about half of level 5
            case GZIP -> gzip(body, effort == Effort.MAX ? Deflater.BEST_COMPRESSION : 1);
            case BROTLI -> brotli(body, effort == Effort.MAX ? 11 : 5);
        };
    }

    private static byte[] gzip(byte[] body, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] brotli(byte[] body, int quality) {
        try {
            return Encoder.compress(body, new Encoder.Parameters().setQuality(quality).setMode(Encoder.Mode.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean loadBrotli() {
        try {
            if (Brotli4jLoader.isAvailable()) {
                return true;
            }
            log.info("brotli is not available on this platform ({}): pages are served gzip-compressed",
                    Brotli4jLoader.getUnavailabilityCause().toString());
        } catch (LinkageError e) {
            log.info("brotli is not available on this platform ({}): pages are served gzip-compressed", e.toString());
        }
        return false;
    }
}
