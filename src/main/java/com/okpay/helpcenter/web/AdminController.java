package com.okpay.helpcenter.web;

import com.okpay.helpcenter.admin.AdminAccess;
import com.okpay.helpcenter.admin.Login;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;

/** Signing in to the admin pages with the admin token, and signing out. */
final class AdminController {
    static final String TOKEN_FIELD = "token";
    static final String CSRF_FIELD = "csrf_token";

    private final LiveSite site;
    private final Pages pages;
    private final AdminGate gate;

    AdminController(LiveSite site, Pages pages, AdminGate gate) {
        this.site = site;
        this.pages = pages;
        this.gate = gate;
    }

    void index(Context ctx) {
        Content content = site.current().content();
        gate.open(ctx);
        ctx.redirect(content.paths().page(RequestLocale.of(ctx, content), AdminGate.INSIGHTS), HttpStatus.SEE_OTHER);
    }

    void form(Context ctx) {
        gate.open(ctx);
        boolean out = "1".equals(QueryText.param(ctx.queryString(), "out"));
        show(ctx, HttpStatus.OK, out ? "insights.login.loggedOut" : null);
    }

    void login(Context ctx) {
        gate.open(ctx);
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        Map<String, String> fields = fields(ctx);
        AdminAccess access = gate.access();
        Login result = access.login(ctx.cookie(AdminAccess.FORM_COOKIE), fields.get(CSRF_FIELD),
                fields.get(TOKEN_FIELD), gate.address(ctx));
        if (result instanceof Login.Success success) {
            gate.setCookie(ctx, AdminAccess.SESSION_COOKIE, success.sessionCookie(), access.sessionLifetime());
            ctx.redirect(content.paths().page(locale, AdminGate.INSIGHTS), HttpStatus.SEE_OTHER);
        } else if (result instanceof Login.Throttled throttled) {
            show(ctx, HttpStatus.TOO_MANY_REQUESTS, "insights.login.throttled",
                    RetryAfter.minutes(ctx, throttled.retryAfter()));
        } else if (result instanceof Login.Wrong) {
            show(ctx, HttpStatus.FORBIDDEN, "insights.login.wrong");
        } else {
            show(ctx, HttpStatus.FORBIDDEN, "insights.login.expired");
        }
    }

    void logout(Context ctx) {
        gate.open(ctx);
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        Map<String, String> fields = fields(ctx);
        if (gate.access().logout(gate.session(ctx), fields.get(CSRF_FIELD))) {
            gate.setCookie(ctx, AdminAccess.SESSION_COOKIE, "", Duration.ZERO);
            ctx.redirect(content.paths().page(locale, AdminGate.LOGIN) + "?out=1", HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(content.paths().page(locale, AdminGate.INSIGHTS), HttpStatus.SEE_OTHER);
        }
    }

    /** The posted fields; none for a body we cannot read, which then fails the CSRF check. */
    private static Map<String, String> fields(Context ctx) {
        try {
            return FormBody.read(ctx);
        } catch (FormBody.TooLarge | FormBody.Unreadable e) {
            return Map.of();
        }
    }

    private void show(Context ctx, HttpStatus status, String alertKey, Object... alertArgs) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        AdminAccess access = gate.access();
        String cookie = access.formCookie(ctx.cookie(AdminAccess.FORM_COOKIE));
        gate.setCookie(ctx, AdminAccess.FORM_COOKIE, cookie, null);
        String path = content.paths().page(locale, AdminGate.LOGIN);
        PageModel page = pages.page(content, locale).titled(pages.text(locale, "insights.login.title"))
                .at(null, other -> content.paths().page(other, AdminGate.LOGIN)).build();
        PageViews.AdminLogin model = new PageViews.AdminLogin(path, access.loginCsrf(cookie),
                alertKey == null ? null : pages.text(locale, alertKey, alertArgs));
        ctx.status(status);
        pages.render(ctx, "admin-login", page, model);
    }
}
