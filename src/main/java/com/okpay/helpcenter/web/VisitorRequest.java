package com.okpay.helpcenter.web;

import com.okpay.helpcenter.security.Cookies;
import com.okpay.helpcenter.security.Security;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * Who is asking, for the forms that remember or limit visitors: their address and how to set a
 * cookie for them. The rules live in {@code security/}; this only reads them off a Javalin request.
 */
final class VisitorRequest {
    private final Security security;

    VisitorRequest(Security security) {
        this.security = security;
    }

    Security security() {
        return security;
    }

    /** Whom a rate limit counts (see {@link Security#visitorAddress}). */
    String address(Context ctx) {
        return address(RequestFacts.of(ctx));
    }

    String address(RequestFacts request) {
        return security.visitorAddress(request.remoteAddress(), request.headers("X-Forwarded-For"));
    }

    /** Whether a post comes from one of our own pages (see {@link com.okpay.helpcenter.security.SameOrigin}). */
    boolean sameOrigin(Context ctx) {
        return security.sameOrigin().allows(ctx.header("Sec-Fetch-Site"), ctx.header("Origin"));
    }

    boolean https(Context ctx) {
        return security.https(ctx.scheme(), ctx.header("X-Forwarded-Proto"));
    }

    /** HttpOnly, SameSite=Lax, Secure over HTTPS; {@code maxAge} null: for the session. */
    void setCookie(Context ctx, String name, String value, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", security.cookies().header(name, value, maxAge, Cookies.SameSite.LAX, https(ctx)));
    }
}
