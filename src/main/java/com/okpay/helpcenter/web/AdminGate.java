package com.okpay.helpcenter.web;

import com.okpay.helpcenter.admin.AdminAccess;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.security.Cookies;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;

/**
 * What every admin page checks first: without an admin token the admin pages do not exist (404),
 * and without a session the visitor is sent to sign in. Admin pages are never cached or indexed.
 */
final class AdminGate {
    static final String LOGIN = "admin/login";
    static final String INSIGHTS = "admin/insights";

    private final AdminAccess access;
    private final VisitorRequest visitors;

    AdminGate(AdminAccess access, VisitorRequest visitors) {
        this.access = access;
        this.visitors = visitors;
    }

    AdminAccess access() {
        return access;
    }

    /** Throws "not found" when the admin pages are switched off; sets the headers of an admin page. */
    void open(Context ctx) {
        if (!access.enabled()) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
    }

    /** True with a valid session; otherwise redirects to the sign-in page and answers false. */
    boolean signedIn(Context ctx, Content content, String locale) {
        open(ctx);
        if (access.isSession(session(ctx))) {
            return true;
        }
        ctx.redirect(content.paths().page(locale, LOGIN), HttpStatus.SEE_OTHER);
        return false;
    }

    String session(Context ctx) {
        return ctx.cookie(AdminAccess.SESSION_COOKIE);
    }

    /** HttpOnly, SameSite=Strict (never sent from another site); {@code maxAge} zero deletes it, null: for the session. */
    void setCookie(Context ctx, String name, String value, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", visitors.security().cookies().header(name, value, maxAge,
                Cookies.SameSite.STRICT, visitors.https(ctx)));
    }

    /** Whom the login throttle counts: as for the contact form's rate limit. */
    String address(Context ctx) {
        return visitors.address(ctx);
    }
}
