package com.okpay.helpcenter.cache;

import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Sends a {@link RenderedPage}: picks the encoding the client accepts, answers 304 when the client
 * already has these bytes, and otherwise writes them as they are. Nothing here depends on who asks,
 * so any cache between the visitor and us may keep the response as its Cache-Control allows.
 */
public final class Responses {
    private final Compression compression;

    public Responses(Compression compression) {
        this.compression = compression;
    }

    public Compression compression() {
        return compression;
    }

    public void send(Context ctx, RenderedPage page, String cacheControl) {
        send(ctx, page, cacheControl, "Accept-Encoding");
    }

    /** @param vary what else than the URL the answer depends on (always including Accept-Encoding) */
    public void send(Context ctx, RenderedPage page, String cacheControl, String vary) {
        HttpServletResponse res = ctx.res();
        Encoding encoding = Encoding.negotiate(ctx.header("Accept-Encoding"), compression.brotliAvailable());
        String etag = page.etag(encoding);
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", cacheControl);
        res.setHeader("Vary", vary);
        if (page.language() != null) {
            res.setHeader("Content-Language", page.language());
        }
        if (notModified(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ByteBuffer body = page.body(encoding, compression);
        ctx.status(page.status());
        res.setContentType(page.contentType());
        // null removes one set earlier in this response (an error page replacing a failed one)
        res.setHeader("Content-Encoding", encoding.token());
        res.setContentLength(body.remaining());
        if (!ctx.method().name().equals("HEAD")) {
            write(res, body);
        } else {
            try {
                // sent now, as a GET's full body commits it: Javalin writes a result left by an
                // earlier handler (its own JSON for a 405) only into a response not yet committed
                res.flushBuffer();
            } catch (IOException e) {
                // the visitor went away: nothing left to answer
            }
        }
    }

    /**
     * The same answer for a request that never reached a servlet (see the web package's shortcut
     * for pages already rendered): Jetty's own request and response, headers encoded beforehand.
     *
     * @return the status sent (200 or the page's own, or 304)
     */
    public int send(Request request, Response response, Callback callback, RenderedPage page, HttpField cacheControl,
                    HttpField vary) {
        HttpFields requestHeaders = request.getHeaders();
        HttpFields.Mutable headers = response.getHeaders();
        Encoding encoding = Encoding.negotiate(requestHeaders.get(HttpHeader.ACCEPT_ENCODING), compression.brotliAvailable());
        String etag = page.etag(encoding);
        headers.put(HttpHeader.ETAG, etag);
        headers.put(cacheControl);
        headers.put(vary);
        if (page.languageField() != null) {
            headers.put(page.languageField());
        }
        if (notModified(requestHeaders.get(HttpHeader.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            return 304;
        }
        ByteBuffer body = page.body(encoding, compression);
        response.setStatus(page.status());
        headers.put(page.contentTypeField());
        if (encoding != Encoding.IDENTITY) {
            headers.put(HttpHeader.CONTENT_ENCODING, encoding.token());
        }
        headers.put(HttpHeader.CONTENT_LENGTH, body.remaining());
        response.write(true, body, callback);
        return page.status();
    }

    /**
     * Straight to the connection: handing the bytes to Javalin as a result would copy them through
     * its compression stream on every request, only to pass them through unchanged. Jetty writes a
     * buffer as it is; any other servlet stream gets a copy.
     */
    private static void write(HttpServletResponse res, ByteBuffer body) {
        try {
            ServletOutputStream out = res.getOutputStream();
            if (out instanceof HttpOutput jetty) {
                jetty.write(body);
            } else {
                byte[] copy = new byte[body.remaining()];
                body.get(copy);
                out.write(copy);
            }
        } catch (IOException e) {
            // the visitor went away mid-response: nothing to tell them, nothing to keep
        }
    }

    /** If-None-Match compares weakly: {@code W/"x"} matches {@code "x"}; {@code *} matches anything. */
    static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        int at = ifNoneMatch.indexOf(etag);
        while (at >= 0) {
            int end = at + etag.length();
            boolean startsToken = at == 0 || ifNoneMatch.charAt(at - 1) == ' ' || ifNoneMatch.charAt(at - 1) == ','
                    || ifNoneMatch.charAt(at - 1) == '/';
            boolean endsToken = end == ifNoneMatch.length() || ifNoneMatch.charAt(end) == ',' || ifNoneMatch.charAt(end) == ' ';
            if (startsToken && endsToken) {
                return true;
            }
            at = ifNoneMatch.indexOf(etag, at + 1);
        }
        return false;
    }
}
