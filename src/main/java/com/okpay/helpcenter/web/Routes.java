package com.okpay.helpcenter.web;

import com.okpay.helpcenter.admin.AdminAccess;
import com.okpay.helpcenter.contact.ContactModule;
import com.okpay.helpcenter.feedback.ArticleFeedback;
import com.okpay.helpcenter.feedback.RateLimiter;
import com.okpay.helpcenter.insights.InsightsModule;
import com.okpay.helpcenter.ops.Operations;
import com.okpay.helpcenter.search.SearchService;
import com.okpay.helpcenter.security.Security;
import com.okpay.helpcenter.seo.SeoController;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/**
 * Every URL of the site in one place. Pages of the default locale have no prefix; every other
 * locale's pages repeat them under {@code /{locale}}. Literal paths are registered before the
 * {@code /{locale}} ones so that a locale can never shadow them.
 */
public final class Routes {
    private static final java.time.Duration LOCALE_COOKIE_LIFETIME = java.time.Duration.ofDays(365);
    private final HomeController home;
    private final ArticleController articles;
    private final SearchController search;
    private final ContactController contact;
    private final MediaController media;
    private final ErrorPages errors;
    private final FeedbackController feedback;
    private final SeoController seo;
    private final AdminController admin;
    private final InsightsController insights;
    private final LiveSite site;
    private final OpsController ops;
    private final RequestObserver observer;
    private final VisitorRequest visitors;
    private final boolean httpsSite;

    public Routes(LiveSite site, Pages pages, ContactModule contactModule, ArticleFeedback articleFeedback,
                  InsightsModule insightsModule, AdminAccess adminAccess, Security security, Operations operations) {
        this.site = site;
        VisitorRequest visitors = new VisitorRequest(security);
        this.visitors = visitors;
        this.httpsSite = security.settings().httpsSite();
        FeedbackForms feedbackForms = new FeedbackForms(visitors);
        Tracking tracking = new Tracking(insightsModule.recorder(), adminAccess,
                new RateLimiter(insightsModule.settings().perClient(), insightsModule.clock()), visitors);
        AdminGate gate = new AdminGate(adminAccess, visitors);
        this.home = new HomeController(site, pages);
        this.articles = new ArticleController(site, pages, feedbackForms, tracking);
        this.search = new SearchController(site, pages, new SearchService(), tracking,
                operations.metrics().searchTimer("page"), operations.metrics().searchTimer("instant"));
        this.ops = new OpsController(site, operations.health(), operations.metrics(), operations.settings().metricsToken());
        this.observer = new RequestObserver(operations.metrics().requests(), operations.settings(), visitors);
        this.media = new MediaController(site);
        this.errors = new ErrorPages(site, pages);
        this.seo = new SeoController(site, pages.baseUrl(), pages.drafts());
        this.contact = new ContactController(site, pages, errors, contactModule, tracking, visitors);
        this.feedback = new FeedbackController(site, errors, feedbackForms, articleFeedback);
        this.admin = new AdminController(site, pages, gate);
        this.insights = new InsightsController(site, pages, errors, gate, insightsModule);
    }

    public void register(JavalinConfig config) {
        var routes = config.routes;
        config.requestLogger.http(observer::observe);
        routes.before(this::securityHeaders);
        routes.get("/health", ops::health);
        routes.get("/health/ready", ops::ready);
        routes.get("/metrics", ops::metrics);
        routes.get("/media/{locale}/{category}/{file}", media::file);
        routes.get("/sitemap.xml", seo::sitemap);
        routes.get("/robots.txt", seo::robots);
        routes.get("/api/search", search::api);
        for (String prefix : new String[] {"", "/{locale}"}) {
            routes.get(prefix + "/" + SeoController.FEED, seo::feed);
            routes.get(prefix + "/" + SeoController.OPENSEARCH, seo::openSearch);
            routes.get(prefix + "/search", search::search);
            routes.get(prefix + "/contact", contact::form);
            routes.post(prefix + "/contact", contact::submit);
            routes.get(prefix + "/contact/thanks/{reference}", contact::thanks);
            routes.get(prefix + "/articles/{category}", articles::category);
            routes.get(prefix + "/articles/{category}/{slug}", articles::show);
            routes.post(prefix + "/articles/{category}/{slug}/feedback", feedback::submit);
            routes.get(prefix + "/admin", admin::index);
            routes.get(prefix + "/admin/login", admin::form);
            routes.post(prefix + "/admin/login", admin::login);
            routes.post(prefix + "/admin/logout", admin::logout);
            routes.get(prefix + "/admin/insights", insights::dashboard);
            routes.get(prefix + "/admin/insights/export/{table}", insights::export);
        }
        routes.get("/", home::show);
        routes.get("/{locale}", home::show);
        routes.exception(NotFoundResponse.class, (e, ctx) -> errors.notFound(ctx));
        routes.exception(Exception.class, errors::serverError);
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", notFoundUnlessHandled());
    }

    /** Javalin answers unmatched paths with a bare 404; give them our page (or an alias redirect). */
    private Handler notFoundUnlessHandled() {
        return ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")
                    || ctx.result().equals("Not Found") || ctx.result().equals("Not found")) {
                errors.notFound(ctx);
            }
        };
    }

    private void securityHeaders(Context ctx) {
        if (ctx.path().startsWith("/health") || ctx.path().equals("/metrics")) {
            return; // machines, not browsers: no page headers, no language cookie
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        if (httpsSite) {
            // the public address is https: browsers should never try plain http again (a year, as is usual)
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        rememberLocale(ctx);
    }

    /** Remembers the language of the pages a visitor reads, so {@code /} takes them back to it. */
    private void rememberLocale(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/static/") || path.startsWith("/media/") || path.startsWith("/api/")
                || path.endsWith(".xml") || path.endsWith(".txt")) {
            return;
        }
        var content = site.current().content();
        String chosen = path.equals("/") ? ctx.queryParam(HomeController.CHOICE_PARAM) : null;
        boolean choice = chosen != null && content.site().hasLocale(chosen);
        String locale = choice ? chosen : RequestLocale.guess(path, content);
        if (!choice && path.equals("/") && ctx.cookie(HomeController.LOCALE_COOKIE) == null) {
            return;
        }
        if (!locale.equals(ctx.cookie(HomeController.LOCALE_COOKIE))) {
            visitors.setCookie(ctx, HomeController.LOCALE_COOKIE, locale, LOCALE_COOKIE_LIFETIME);
        }
    }
}
