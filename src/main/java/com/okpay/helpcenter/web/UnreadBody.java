package com.okpay.helpcenter.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what is left of a short request body that the answer did not need (a post refused before
 * its form was read: an unknown address, a closed admin page, a 405).
 *
 * <p>Why: Jetty closes a connection whose request body was not read to the end, after the answer
 * and without saying so in it. A client that sent its headers and its body in two writes (Java's
 * HttpClient does; a proxy streaming a body may) already holds the connection as reusable, and its
 * next request on it gets no answer at all: a POST is not retried, so that request fails. Reading
 * the few bytes keeps the connection usable. Large bodies are left to Jetty (reading them would
 * cost more than a new connection), and so is a client that waits for {@code 100 Continue}: it
 * sends no body once it has the answer.
 *
 * <p>A form refused as too large (413) is read to its end too, up to {@link #MAX_REFUSED_BYTES}:
 * closed while its body still comes in, the connection is reset, and the visitor may get the reset
 * (a browser's network error, "header parser received no bytes" in a test) instead of the page that
 * says the message is too long. Reading a few hundred kilobytes is what nginx's lingering close does.
 */
final class UnreadBody {
    private static final Logger log = LoggerFactory.getLogger(UnreadBody.class);
    /** A form's size: more than any refused form, far less than an attachment. */
    static final long MAX_BYTES = 64 * 1024;
    /** Eight times the request limit: an oversized form, not an upload sent to the wrong place. */
    static final long MAX_REFUSED_BYTES = 1024 * 1024;

    private UnreadBody() {
    }

    static void drain(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        long limit = ctx.status() == HttpStatus.CONTENT_TOO_LARGE ? MAX_REFUSED_BYTES : MAX_BYTES;
        if (length <= 0 || length > limit || ctx.req().getHeader("Expect") != null) {
            return;
        }
        byte[] buffer = new byte[(int) Math.min(length, 8192)];
        try {
            InputStream body = ctx.req().getInputStream();
            long left = length;
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            // the body was read as a form or parts already, or the visitor went away: Jetty decides
            log.debug("unread request body left to Jetty: {}", e.toString());
        }
    }
}
