package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The locale of a request comes from its URL: no prefix is the default locale, {@code /en/...}
 * is English. A prefix that is not a non-default locale of the site is simply a page not found.
 */
final class RequestLocale {
    static final String PARAM = "locale";

    private RequestLocale() {
    }

    static String of(Context ctx, Content content) {
        return content.site().localeOfPrefix(ctx.pathParamMap().get(PARAM)).orElseThrow(NotFoundResponse::new);
    }

    /** Best guess for pages that match no route (404s): the first path segment if it is a locale. */
    static String guess(String path, Content content) {
        String[] segments = path.split("/");
        if (segments.length > 1 && content.site().hasLocale(segments[1])) {
            return segments[1];
        }
        return content.site().defaultLocale();
    }
}
