package com.okpay.helpcenter.web;

import com.okpay.helpcenter.admin.AdminAccess;
import com.okpay.helpcenter.feedback.RateLimiter;
import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.insights.Recorder;
import com.okpay.helpcenter.insights.Robots;
import com.okpay.helpcenter.insights.SearchSource;
import io.javalin.http.Context;

/**
 * What the pages tell insights. Views and searches count only for readers: not for robots, link
 * prefetches, or an editor browsing the site while signed in to the admin pages. Links carry
 * two markers: {@value #SEARCH_PARAM} (the search a result was opened from; the results page is
 * the same for everyone, so insights.js adds it from the response's {@code Server-Timing}) and
 * {@value #FORM_PARAM} (the showing of the contact form an article was suggested on).
 */
final class Tracking {
    static final String SEARCH_PARAM = "sid";
    static final String FORM_PARAM = "fid";
    /** Sent by the search box with the query it settled on, and the id it made for it (see search.js). */
    static final String SETTLED_PARAM = "settled";
    /** The contact form's hidden field with its {@value #FORM_PARAM} token. */
    static final String FORM_FIELD = "fid";
    private static final String POSTED_TOKEN = "hc.insights.token";

    private final Recorder recorder;
    private final AdminAccess admin;
    private final Robots robots = new Robots();
    private final RateLimiter perClient;
    private final VisitorRequest visitors;

    Tracking(Recorder recorder, AdminAccess admin, RateLimiter perClient, VisitorRequest visitors) {
        this.recorder = recorder;
        this.admin = admin;
        this.perClient = perClient;
        this.visitors = visitors;
    }

    /**
     * True for a request worth counting as a reader's, within the bound one address may write:
     * beyond it the page is still served, only not recorded (random queries from one client cannot
     * fill the database).
     */
    boolean counts(Context ctx) {
        return counts(RequestFacts.of(ctx));
    }

    private boolean counts(RequestFacts request) {
        return recorder.recording() && !request.head() && !robots.isRobot(request.header("User-Agent")) && !isPrefetch(request)
                && !admin.isSession(request.cookie(AdminAccess.SESSION_COOKIE))
                && perClient.acquire(visitors.address(request)).isEmpty();
    }

    /** An article page was shown: a view, and a click or a suggestion opened if its link said so. */
    void articleShown(Context ctx, Article article) {
        articleShown(RequestFacts.of(ctx), ctx.queryString(), article);
    }

    /** @param query the address's query string, or null */
    void articleShown(RequestFacts request, String query, Article article) {
        if (!counts(request)) {
            return;
        }
        recorder.view(article.locale(), article.key());
        String search = QueryText.param(query, SEARCH_PARAM);
        if (search != null) {
            recorder.click(search, article.key());
        }
        String form = QueryText.param(query, FORM_PARAM);
        if (form != null) {
            recorder.suggestionOpened(form, article.locale(), article.key());
        }
    }

    /**
     * A search to count, unless it continues one already counted (another page of results, a
     * category filter), which brings its id along.
     *
     * @return the id the result links carry; null when nothing is recorded
     */
    String searched(Context ctx, String locale, String query, long results, SearchSource source) {
        if (!recorder.recording() || query.isBlank()) {
            return null;
        }
        String continued = QueryText.param(ctx.queryString(), SEARCH_PARAM);
        if (Recorder.isId(continued)) {
            return continued;
        }
        String id = recorder.newId();
        if (counts(ctx)) {
            recorder.search(id, locale, query, results, source);
        }
        return id;
    }

    /** The id the search box made for a query it settled on, recorded once (see search.js). */
    void settled(Context ctx, String id, String locale, String query, long results) {
        if (Recorder.isId(id) && counts(ctx)) {
            recorder.search(id, locale, query, results, SearchSource.INSTANT);
        }
    }

    /** The one-time id of the contact form showing a post came from, if it carried a genuine one. */
    static String postedToken(Context ctx) {
        return ctx.attribute(POSTED_TOKEN);
    }

    /** Keeps the token a contact form was first shown with when it is shown again after a post. */
    static void keepPostedToken(Context ctx, String posted) {
        if (Recorder.isId(posted)) {
            ctx.attribute(POSTED_TOKEN, posted);
        }
    }

    /** The token for this showing of the contact form. */
    String formToken(Context ctx) {
        String posted = ctx.attribute(POSTED_TOKEN);
        return posted != null ? posted : recorder.newId();
    }

    /** Every accepted message counts, whoever sent it: these are the requests support receives. */
    void contactAccepted(Context ctx, String locale, String topic) {
        recorder.contactRequest(locale, topic, ctx.attribute(POSTED_TOKEN));
    }

    private static boolean isPrefetch(RequestFacts request) {
        String purpose = request.header("Sec-Purpose");
        if (purpose == null) {
            purpose = request.header("Purpose");
        }
        return purpose != null && purpose.contains("prefetch");
    }
}
