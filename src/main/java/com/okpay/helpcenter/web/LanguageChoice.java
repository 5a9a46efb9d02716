package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;

/**
 * The one place the language cookie is set: a link of the language switcher, which carries
 * {@code ?lang=CODE}. The choice is remembered (so {@code /} takes the visitor back to that
 * language) and the visitor is sent on to the same address without it. Every other page sets no
 * cookie, so it is the same for every visitor and may be cached.
 */
final class LanguageChoice {
    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final LiveSite site;
    private final VisitorRequest visitors;

    LanguageChoice(LiveSite site, VisitorRequest visitors) {
        this.site = site;
        this.visitors = visitors;
    }

    /** Runs before every page; costs a null check unless the address has a query. */
    void apply(Context ctx) {
        String query = ctx.queryString();
        if (query == null || !query.contains(HomeController.CHOICE_PARAM + "=") || !ctx.method().name().equals("GET")) {
            return;
        }
        String chosen = QueryText.param(query, HomeController.CHOICE_PARAM);
        Content content = site.current().content();
        if (chosen == null || !content.site().hasLocale(chosen)) {
            return;
        }
        visitors.setCookie(ctx, HomeController.LOCALE_COOKIE, chosen, REMEMBERED);
        // never "//host": a protocol-relative Location would leave the site
        String path = "/" + ctx.path().replaceFirst("^/+", "");
        String target = path.equals("/") ? content.paths().home(chosen) : path;
        String rest = QueryText.without(query, HomeController.CHOICE_PARAM);
        ctx.header("Cache-Control", "private, no-store");
        ctx.redirect(rest.isEmpty() ? target : target + "?" + rest, HttpStatus.FOUND);
        ctx.skipRemainingHandlers();
    }
}
