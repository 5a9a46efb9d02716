package com.okpay.helpcenter.web;

import io.javalin.http.Context;

/**
 * Who is asking, for the forms that remember or limit visitors: their address and how to set a
 * cookie for them. Behind a trusted reverse proxy both come from the proxy's headers.
 */
final class VisitorRequest {
    private VisitorRequest() {
    }

    /**
     * Whom a rate limit counts: the client address, or behind a trusted reverse proxy the
     * address that proxy appended last to X-Forwarded-For (earlier entries can be forged).
     */
    static String address(Context ctx, boolean trustProxy) {
        String forwarded = ctx.header("X-Forwarded-For");
        if (trustProxy && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return ctx.ip();
    }

    /** HttpOnly, SameSite=Lax, Secure when the visitor came over HTTPS; {@code maxAge < 0}: for the session. */
    static void setCookie(Context ctx, boolean trustProxy, String name, String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme()) || (trustProxy
                && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + (https ? "; Secure" : ""));
    }
}
