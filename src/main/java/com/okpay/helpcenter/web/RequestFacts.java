package com.okpay.helpcenter.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;

/**
 * The few things the site reads off a request to decide whom it counts and which language a
 * visitor wants, whichever layer answers it: Javalin's routes, or the shortcut that serves pages
 * already rendered straight from Jetty ({@link SharedPageHandler}).
 */
interface RequestFacts {
    /** The header's first value, or null. */
    String header(String name);

    /** Every line of a header (X-Forwarded-For may come on several). */
    List<String> headers(String name);

    String cookie(String name);

    /** The connection's address. */
    String remoteAddress();

    /** A HEAD request: a check on the page (a link checker, a monitor), not a reader's visit. */
    boolean head();

    static RequestFacts of(Context ctx) {
        return new RequestFacts() {
            @Override
            public String header(String name) {
                return ctx.header(name);
            }

            @Override
            public List<String> headers(String name) {
                return Collections.list(ctx.req().getHeaders(name));
            }

            @Override
            public String cookie(String name) {
                return ctx.cookie(name);
            }

            @Override
            public String remoteAddress() {
                return ctx.ip();
            }

            @Override
            public boolean head() {
                return ctx.method() == HandlerType.HEAD;
            }
        };
    }

    static RequestFacts of(Request request) {
        return new RequestFacts() {
            @Override
            public String header(String name) {
                return request.getHeaders().get(name);
            }

            @Override
            public List<String> headers(String name) {
                return request.getHeaders().getValuesList(name);
            }

            @Override
            public String cookie(String name) {
                if (!request.getHeaders().contains("Cookie")) {
                    return null; // most page views carry none: skip the parser
                }
                for (HttpCookie cookie : Request.getCookies(request)) {
                    if (cookie.getName().equals(name)) {
                        return cookie.getValue();
                    }
                }
                return null;
            }

            @Override
            public String remoteAddress() {
                return Request.getRemoteAddr(request);
            }

            @Override
            public boolean head() {
                return HttpMethod.HEAD.is(request.getMethod());
            }
        };
    }
}
