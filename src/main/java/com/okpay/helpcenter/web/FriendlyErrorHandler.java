package com.okpay.helpcenter.web;

import com.okpay.helpcenter.cache.Responses;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any route sees the request: an address that is not
 * valid UTF-8 ({@code /articles/%E0%A4}), headers too large, a malformed request line. Jetty's own
 * page is bare English in ISO-8859-1 and echoes the address back; a visitor gets the site's error
 * page instead, in the language of the address's locale prefix.
 */
final class FriendlyErrorHandler extends ErrorHandler {
    private static final HttpField NO_STORE = new HttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField VARY = new HttpField(HttpHeader.VARY, "Accept-Encoding");

    private final ErrorPages errors;
    private final Responses responses;
    private final PageHeaders pageHeaders;

    FriendlyErrorHandler(ErrorPages errors, Responses responses, PageHeaders pageHeaders) {
        this.errors = errors;
        this.responses = responses;
        this.pageHeaders = pageHeaders;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        pageHeaders.addTo(response.getHeaders());
        responses.send(request, response, callback, errors.failure(rawPath(request), visitorsMistake(code)), NO_STORE, VARY);
    }

    /**
     * Jetty answers a request line that is not HTTP/1.x ({@code GET /en HTTP/3.7}, a bare
     * {@code GET /en}) with 505, a server error to monitoring and "something went wrong on our side"
     * to the visitor. It is the client's mistake, a malformed request: answered as one, with 400.
     */
    private static int visitorsMistake(int code) {
        return code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
    }

    /**
     * The path as sent, not decoded: decoding it is what may have failed. For a target Jetty could
     * not parse at all ({@code /en/%}) its connection kept it ({@link UnparsedTargets}); without
     * one the default locale's page.
     */
    private static String rawPath(Request request) {
        Optional<String> unparsed = UnparsedTargets.path(request);
        if (unparsed.isPresent()) {
            return unparsed.get();
        }
        String path = request.getHttpURI().getPath();
        return path == null ? "/" : path;
    }
}
