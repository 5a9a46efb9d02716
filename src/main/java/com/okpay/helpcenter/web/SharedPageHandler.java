package com.okpay.helpcenter.web;

import com.okpay.helpcenter.cache.Responses;
import com.okpay.helpcenter.ops.RequestMetrics;
import com.okpay.helpcenter.site.LiveSite;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a plain GET of a page already rendered for the current content version straight from
 * Jetty, before the servlet layer and Javalin's routing: a map look-up, the headers encoded once,
 * the bytes written as they are. What the routed answer would do per request is still done: the
 * page headers, ETag and 304, the encoding the client accepts, the metrics, and the article view
 * for insights. Anything else (a query, another method, a page not rendered yet, a visitor whose
 * languages send {@code /} elsewhere) goes on to the routes, on a thread of the pool, and they
 * keep the page for next time.
 */
final class SharedPageHandler extends Handler.Wrapper {
    private final LiveSite site;
    private final SharedPages shared;
    private final Responses responses;
    private final PageHeaders pageHeaders;
    private final RequestMetrics metrics;

    SharedPageHandler(LiveSite site, SharedPages shared, Responses responses, PageHeaders pageHeaders,
                      RequestMetrics metrics) {
        this.site = site;
        this.shared = shared;
        this.responses = responses;
        this.pageHeaders = pageHeaders;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        if (HttpMethod.OPTIONS.is(request.getMethod()) && "*".equals(request.getHttpURI().getPath())) {
            // the server as a whole (RFC 9110 9.3.7): no route has the path "*", so this was a bare 404
            response.setStatus(HttpStatus.NO_CONTENT_204);
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            callback.succeeded();
            return true;
        }
        SharedPages.Shortcut shortcut = shortcut(request);
        RequestFacts facts = shortcut == null ? null : RequestFacts.of(request);
        if (shortcut == null || !shortcut.rule().applies().test(facts)) {
            // the routes may block (a request body, a search, the database): never on this thread
            request.getContext().execute(() -> route(request, response, callback));
            return true;
        }
        shortcut.rule().served().accept(facts);
        pageHeaders.addTo(response.getHeaders());
        int status = responses.send(request, response, callback, shortcut.page(), shortcut.cacheControl(), shortcut.vary());
        metrics.record(shortcut.route(), status, System.nanoTime() - started);
        return true;
    }

    /**
     * Nothing here waits: so Jetty runs this handler on the thread that read the request, instead
     * of handing every request over to another thread first (what it must do for a handler that
     * may block). Pages already rendered, the most requested by far, are answered without that
     * hand-over; the rest is handed over by {@link #handle} itself.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private void route(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable e) {
            // as Jetty does for a handler it invoked: the callback answers what is still unanswered
            callback.failed(e);
        }
    }

    /** The page kept for a plain GET (or HEAD) of this address in the current content version, if any. */
    private SharedPages.Shortcut shortcut(Request request) {
        HttpURI uri = request.getHttpURI();
        if (!(HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod())) || uri.getQuery() != null) {
            return null;
        }
        return shared.of(site.current()).shortcuts().find(uri.getPath());
    }
}
