package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.RenderedPage;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SiteSnapshot;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not-found pages (after trying the editors' aliases, which redirect 301) and the error page,
 * which tells the visitor nothing about the failure: the details go to the log.
 */
final class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final LiveSite site;
    private final Pages pages;
    private final SharedPages shared;

    ErrorPages(LiveSite site, Pages pages, SharedPages shared) {
        this.site = site;
        this.pages = pages;
        this.shared = shared;
    }

    void notFound(Context ctx) {
        SiteSnapshot snapshot = site.current();
        Content content = snapshot.content();
        var alias = content.aliasTarget(stripTrailingSlash(ctx.path()));
        if (alias.isPresent() && ctx.method().name().equals("GET")) {
            ctx.redirect(alias.get(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        shared.send(ctx, page(snapshot, RequestLocale.guess(ctx.path(), content), HttpStatus.NOT_FOUND, "notfound"),
                SharedPages.CONTENT);
    }

    void serverError(Exception e, Context ctx) {
        if (wentAway(e)) {
            // the connection closed while its body was read: nobody is left to answer, nothing failed here
            log.info("visitor went away before sending the whole request: {} {}", ctx.method(), ctx.path());
            renderError(ctx, site.current().content(), HttpStatus.BAD_REQUEST, "badrequest");
            return;
        }
        log.error("request failed: {} {}", ctx.method(), ctx.path(), e);
        try {
            renderError(ctx, site.current().content(), HttpStatus.INTERNAL_SERVER_ERROR, "error");
        } catch (RuntimeException again) {
            log.error("error page failed too", again);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
                    .result("Something went wrong. Please try again later.");
        }
    }

    /**
     * A method no route of the path takes (PUT on an article): the bad-request page, with Javalin's
     * 405 and Allow. OPTIONS asks exactly that question, so it gets the answer: 204 and Allow.
     */
    void methodNotAllowed(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            ctx.status(HttpStatus.NO_CONTENT).header("Allow", ctx.res().getHeader("Allow") + ", OPTIONS").result("");
            return;
        }
        renderError(ctx, site.current().content(), HttpStatus.METHOD_NOT_ALLOWED, "badrequest");
    }

    /**
     * A request whose body stopped coming until the connection timed out (a visitor on a failing
     * network, or one holding connections open on purpose): Javalin sets 408 and sends nothing, a
     * blank page for someone who may still be there. They get the bad-request page in their language.
     */
    void timedOut(Context ctx) {
        // a graceful stop ends a body still coming the same way, so the line does not blame the visitor
        log.info("gave up waiting for the rest of a request (its connection idle too long, or the server stopping): {} {}",
                ctx.method(), ctx.path());
        renderError(ctx, site.current().content(), HttpStatus.REQUEST_TIMEOUT, "badrequest");
    }

    /**
     * Javalin answers a client abort itself, but recognises only Jetty's {@code EofException} by
     * its exact class, not the subclass Jetty throws for a body cut short, which reaches us.
     */
    static boolean wentAway(Throwable e) {
        return causedBy(e, EofException.class);
    }

    /** Whether {@code e} comes from a request whose body stopped coming until the connection timed out. */
    static boolean stalled(Throwable e) {
        return causedBy(e, TimeoutException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A page for an expected failure (404, 429, 400...) in the visitor's language. */
    void renderError(Context ctx, Content content, HttpStatus status, String kind) {
        SiteSnapshot snapshot = site.current();
        String locale = RequestLocale.guess(ctx.path(), content);
        shared.send(ctx, snapshot.content() == content ? page(snapshot, locale, status, kind) : render(content, locale, status, kind),
                "no-store");
    }

    /**
     * The page for a request Jetty refused before routing (see {@link FriendlyErrorHandler}): by
     * the locale prefix of its raw path, since the path itself may not decode.
     */
    RenderedPage failure(String rawPath, int code) {
        SiteSnapshot snapshot = site.current();
        HttpStatus status = HttpStatus.forStatus(code);
        String kind = code == 404 ? "notfound" : code >= 500 || code < 400 ? "error" : "badrequest";
        return page(snapshot, RequestLocale.guess(rawPath, snapshot.content()), status, kind);
    }

    /** The same few pages serve every such failure: rendered once per locale and kind. */
    private RenderedPage page(SiteSnapshot snapshot, String locale, HttpStatus status, String kind) {
        return shared.of(snapshot).pages().get("error|" + locale + "|" + kind + "|" + status.getCode(),
                () -> render(snapshot.content(), locale, status, kind));
    }

    private RenderedPage render(Content content, String locale, HttpStatus status, String kind) {
        String title = pages.text(locale, kind + ".title");
        PageModel page = pages.page(content, locale).titled(title).build();
        return pages.html("error", page, new PageViews.Failure(kind, status.getCode()), status.getCode(),
                Compression.Effort.MAX);
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
