package com.okpay.helpcenter.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * One response body as bytes, rendered once and served many times: the plain bytes, their
 * compressed forms (made on first use) and a strong ETag derived from the bytes themselves, so a
 * page that renders the same after a reload keeps its ETag and browsers keep their copy. The bytes
 * live outside the Java heap (direct buffers, written to the connection without a copy), so many
 * pages kept do not weigh on the heap and its collector; their total is bounded by {@link PageCache}.
 */
public final class RenderedPage {
    /** An HTML page's type: the charset said in the header, not left to the browser to find in the markup. */
    public static final String HTML = "text/html; charset=utf-8";

    private final ByteBuffer identity;
    private final String etag;
    /** The ETag of each encoding's bytes, by {@link Encoding#ordinal()}. */
    private final String[] etags;
    private final String contentType;
    /** The same headers, encoded once for responses that go straight to Jetty. */
    private final HttpField contentTypeField;
    private final HttpField languageField;
    private final String language;
    private final int status;
    private final Compression.Effort effort;
    /** The compressed forms by {@link Encoding#ordinal()}, made on first use. */
    private final AtomicReferenceArray<ByteBuffer> compressed = new AtomicReferenceArray<>(Encoding.values().length);

    private RenderedPage(byte[] identity, String contentType, String language, int status, Compression.Effort effort) {
        this.identity = offHeap(identity);
        this.contentType = contentType;
        this.language = language;
        this.status = status;
        this.effort = effort;
        this.etag = digest(identity);
        this.etags = new String[Encoding.values().length];
        for (Encoding encoding : Encoding.values()) {
            etags[encoding.ordinal()] = encoding == Encoding.IDENTITY ? etag
                    : etag.substring(0, etag.length() - 1) + encoding.etagSuffix() + '"';
        }
        this.contentTypeField = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType);
        this.languageField = language == null ? null : new PreEncodedHttpField(HttpHeader.CONTENT_LANGUAGE, language);
    }

    /** An HTML page in {@code language} (for Content-Language), answered with {@code status}. */
    public static RenderedPage html(String html, String language, int status, Compression.Effort effort) {
        return html(html.getBytes(StandardCharsets.UTF_8), language, status, effort);
    }

    /** The same, from HTML encoded in UTF-8 already. */
    public static RenderedPage html(byte[] utf8, String language, int status, Compression.Effort effort) {
        return new RenderedPage(utf8, HTML, language, status, effort);
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
        return etags[encoding.ordinal()];
    }

    HttpField contentTypeField() {
        return contentTypeField;
    }

    /** Content-Language, or null for a body without one. */
    HttpField languageField() {
        return languageField;
    }

    /**
     * The body in {@code encoding}, compressed now if this is the first time it is asked for; a
     * view of its own (position and limit), so concurrent responses never disturb each other.
     */
    ByteBuffer body(Encoding encoding, Compression compression) {
        if (encoding == Encoding.IDENTITY) {
            return identity.duplicate();
        }
        ByteBuffer body = compressed.get(encoding.ordinal());
        if (body == null) {
            // two first requests may both compress; either result is the same bytes
            body = offHeap(compression.compress(identity(), encoding, effort));
            compressed.set(encoding.ordinal(), body);
        }
        return body.duplicate();
    }

    /** Bytes held now and soon: the plain body and room for its compressed forms. */
    public long weight() {
        return identity.capacity() + identity.capacity() / 2L + 256;
    }

    /** A copy of the plain body. */
    public byte[] identity() {
        byte[] copy = new byte[identity.capacity()];
        identity.duplicate().get(copy);
        return copy;
    }

    private static ByteBuffer offHeap(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
        buffer.put(bytes).flip();
        return buffer.asReadOnlyBuffer();
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
