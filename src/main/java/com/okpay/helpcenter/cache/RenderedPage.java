package com.okpay.helpcenter.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One response body as bytes, rendered once and served many times: the plain bytes, their
 * compressed forms (made on first use) and a strong ETag derived from the bytes themselves, so a
 * page that renders the same after a reload keeps its ETag and browsers keep their copy.
 */
public final class RenderedPage {
    private final byte[] identity;
    private final String etag;
    private final String contentType;
    private final String language;
    private final int status;
    private final Compression.Effort effort;
    private volatile byte[] gzip;
    private volatile byte[] brotli;

    private RenderedPage(byte[] identity, String contentType, String language, int status, Compression.Effort effort) {
        this.identity = identity;
        this.contentType = contentType;
        this.language = language;
        this.status = status;
        this.effort = effort;
        this.etag = digest(identity);
    }

    /** An HTML page in {@code language} (for Content-Language), answered with {@code status}. */
    public static RenderedPage html(String html, String language, int status, Compression.Effort effort) {
        return new RenderedPage(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", language, status, effort);
    }

    /** Any other body, for static files. */
    public static RenderedPage of(byte[] body, String contentType, Compression.Effort effort) {
        return new RenderedPage(body, contentType, null, 200, effort);
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** The page's language, or null. */
    public String language() {
        return language;
    }

    String etag(Encoding encoding) {
        return encoding == Encoding.IDENTITY ? etag : etag.substring(0, etag.length() - 1) + encoding.etagSuffix() + '"';
    }

    /** The body in {@code encoding}, compressed now if this is the first time it is asked for. */
    byte[] body(Encoding encoding, Compression compression) {
        switch (encoding) {
            case GZIP -> {
                byte[] body = gzip;
                if (body == null) {
                    body = compression.compress(identity, encoding, effort);
                    gzip = body;
                }
                return body;
            }
            case BROTLI -> {
                byte[] body = brotli;
                if (body == null) {
                    body = compression.compress(identity, encoding, effort);
                    brotli = body;
                }
                return body;
            }
            default -> {
                return identity;
            }
        }
    }

    /** Bytes held now and soon: the plain body and room for its compressed forms. */
    public long weight() {
        return identity.length + identity.length / 2L + 256;
    }

    /** The plain body, for tests and for callers that post-process it. */
    public byte[] identity() {
        return identity.clone();
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + HexFormat.of().formatHex(hash, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
