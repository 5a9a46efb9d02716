package com.okpay.helpcenter.web;

import com.okpay.helpcenter.admin.AdminAccess;
import com.okpay.helpcenter.cache.Responses;
import com.okpay.helpcenter.cache.StaticAssets;
import com.okpay.helpcenter.contact.ContactModule;
import com.okpay.helpcenter.feedback.ArticleFeedback;
import com.okpay.helpcenter.feedback.RateLimiter;
import com.okpay.helpcenter.gitcontent.GitContent;
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
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * Every URL of the site in one place. Pages of the default locale have no prefix; every other
 * locale's pages repeat them under {@code /{locale}}. Literal paths are registered before the
 * {@code /{locale}} ones so that a locale can never shadow them.
 */
public final class Routes {
    /** Rendered content pages kept per content version (then rendered again when asked for). */
    private static final long PAGE_CACHE_BYTES = 64L << 20;
    /** Rendered results pages of searches, per content version. */
    private static final long SEARCH_CACHE_BYTES = 16L << 20;

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
    private final ContentAdminController contentAdmin;
    private final ContentHookController contentHook;
    private final StaticFiles staticFiles;
    private final LanguageChoice languageChoice;
    private final OpsController ops;
    private final RequestObserver observer;
    private final PageHeaders pageHeaders;
    private final SharedPageHandler sharedPageHandler;
    private final FriendlyErrorHandler errorHandler;

    public Routes(LiveSite site, Pages pages, Responses responses, StaticAssets assets, ContactModule contactModule,
                  ArticleFeedback articleFeedback, InsightsModule insightsModule, AdminAccess adminAccess, Security security,
                  Operations operations, Optional<GitContent> git) {
        VisitorRequest visitors = new VisitorRequest(security);
        this.pageHeaders = new PageHeaders(security.settings().httpsSite());
        // every request goes through the routes when each one is logged
        SharedPages shared = new SharedPages(responses, PAGE_CACHE_BYTES, SEARCH_CACHE_BYTES,
                !operations.settings().accessLog());
        FeedbackForms feedbackForms = new FeedbackForms(visitors);
        Tracking tracking = new Tracking(insightsModule.recorder(), adminAccess,
                new RateLimiter(insightsModule.settings().perClient(), insightsModule.clock()), visitors);
        AdminGate gate = new AdminGate(adminAccess, visitors);
        this.staticFiles = new StaticFiles(assets, responses);
        this.languageChoice = new LanguageChoice(site, visitors);
        this.home = new HomeController(site, pages, shared);
        this.articles = new ArticleController(site, pages, tracking, shared);
        this.search = new SearchController(site, pages, new SearchService(), tracking, shared,
                operations.metrics().searchTimer("page"), operations.metrics().searchTimer("instant"));
        this.ops = new OpsController(site, operations.health(), operations.metrics(), operations.settings().metricsToken());
        this.sharedPageHandler = new SharedPageHandler(site, shared, responses, pageHeaders,
                operations.metrics().requests());
        this.observer = new RequestObserver(operations.metrics().requests(), operations.settings(), visitors);
        this.media = new MediaController(site);
        this.errors = new ErrorPages(site, pages, shared);
        this.errorHandler = new FriendlyErrorHandler(errors, responses, pageHeaders);
        this.seo = new SeoController(site, pages.baseUrl(), pages.drafts(), responses);
        this.contact = new ContactController(site, pages, errors, contactModule, tracking, visitors);
        this.feedback = new FeedbackController(site, errors, feedbackForms, articleFeedback);
        this.admin = new AdminController(site, pages, gate);
        this.insights = new InsightsController(site, pages, errors, gate, insightsModule);
        this.contentAdmin = new ContentAdminController(site, pages, gate, git);
        this.contentHook = new ContentHookController(git, visitors);
    }

    /** Jetty's own refusals (an address that is not UTF-8, headers too large) as the site's error page. */
    public Request.Handler errorHandler() {
        return errorHandler;
    }

    /** Answers pages already rendered before the routes below are consulted (see {@link SharedPageHandler}). */
    public org.eclipse.jetty.server.Handler.Wrapper sharedPageHandler() {
        return sharedPageHandler;
    }

    public void register(JavalinConfig config) {
        var routes = config.routes;
        config.requestLogger.http(observer::observe);
        // one before-handler for every request: each one registered costs a dispatch per request
        routes.before(this::everyRequest);
        routes.after(UnreadBody::drain);
        // "/" first: a literal path shadows nothing, and the home page need not wait for every other pattern
        read(routes, "/", home::show);
        read(routes, "/health", ops::health);
        read(routes, "/health/ready", ops::ready);
        read(routes, "/metrics", ops::metrics);
        read(routes, StaticAssets.PREFIX + "<file>", staticFiles::serve);
        read(routes, "/media/{locale}/{category}/{file}", media::file);
        read(routes, "/sitemap.xml", seo::sitemap);
        read(routes, "/robots.txt", seo::robots);
        read(routes, "/api/search", search::api);
        routes.post("/hooks/content", contentHook::receive);
        for (String prefix : new String[] {"", "/{locale}"}) {
            read(routes, prefix + "/" + SeoController.FEED, seo::feed);
            read(routes, prefix + "/" + SeoController.OPENSEARCH, seo::openSearch);
            read(routes, prefix + "/search", search::search);
            read(routes, prefix + "/contact", contact::form);
            routes.post(prefix + "/contact", contact::submit);
            read(routes, prefix + "/contact/thanks/{reference}", contact::thanks);
            read(routes, prefix + "/articles/{category}", articles::category);
            read(routes, prefix + "/articles/{category}/{slug}", articles::show);
            routes.post(prefix + "/articles/{category}/{slug}/feedback", feedback::submit);
            read(routes, prefix + "/admin", admin::index);
            read(routes, prefix + "/admin/login", admin::form);
            routes.post(prefix + "/admin/login", admin::login);
            routes.post(prefix + "/admin/logout", admin::logout);
            read(routes, prefix + "/admin/insights", insights::dashboard);
            read(routes, prefix + "/admin/insights/export/{table}", insights::export);
            read(routes, prefix + "/" + ContentAdminController.PAGE, contentAdmin::show);
            routes.post(prefix + "/" + ContentAdminController.PAGE + "/sync", contentAdmin::sync);
        }
        read(routes, "/{locale}", home::show);
        routes.exception(NotFoundResponse.class, (e, ctx) -> errors.notFound(ctx));
        routes.exception(Exception.class, errors::serverError);
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", notFoundUnlessHandled());
        routes.error(HttpStatus.REQUEST_TIMEOUT.getCode(), "*", errors::timedOut);
        routes.error(HttpStatus.METHOD_NOT_ALLOWED.getCode(), "*", errors::methodNotAllowed);
    }

    /**
     * GET and HEAD alike: without a HEAD route Javalin answers HEAD with an empty 200 of its own
     * (text/plain, no ETag), which tells a link checker or a CDN nothing true about the page.
     * Jetty sends a HEAD answer's headers only, so the GET handler serves both.
     */
    private static void read(JavalinDefaultRoutingApi routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
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

    /** Page headers, then an explicit language choice (which may answer with a redirect). */
    private void everyRequest(Context ctx) {
        securityHeaders(ctx);
        languageChoice.apply(ctx);
    }

    private void securityHeaders(Context ctx) {
        if (PageHeaders.forBrowsers(ctx.path())) {
            pageHeaders.addTo(ctx.res());
        }
    }
}
