package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.feedback.ArticleFeedback;
import com.okpay.helpcenter.security.FormGuard;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Set;

/**
 * What the feedback box needs around a request: the step to show (from the address the answer
 * redirected to, so the page stays the same for every visitor at that step), whether a post comes
 * from our own pages, and the long-lived visitor cookie, set only when a visitor answers, that
 * makes it one vote per visitor.
 */
final class FeedbackForms {
    static final String STEP_PARAM = "feedback";
    static final String VISITOR_COOKIE = "hc_visitor";
    private static final Duration VISITOR_COOKIE_LIFETIME = Duration.ofDays(365);
    private static final Set<String> STEPS = Set.of("ask", "thanks", "no", "commented", "already", "expired", "error");

    private final VisitorRequest visitors;
    private final FormGuard guard;

    FeedbackForms(VisitorRequest visitors) {
        this.visitors = visitors;
        this.guard = visitors.security().guard();
    }

    /** The step named by the address ({@code ?feedback=thanks}), or {@code ask}: one of a handful of variants. */
    static String step(Context ctx) {
        String step = ctx.queryParam(STEP_PARAM);
        return step != null && STEPS.contains(step) ? step : "ask";
    }

    static FeedbackView view(Article article, String step) {
        return new FeedbackView(step, action(article), ArticleFeedback.COMMENT_MAX);
    }

    static String action(Article article) {
        return article.url() + "/feedback";
    }

    /** Where the visitor lands after answering: back on the article, at the box, showing {@code step}. */
    static String backTo(Article article, String step) {
        return article.url() + "?" + STEP_PARAM + "=" + step + "#feedback";
    }

    boolean isGenuine(Context ctx) {
        return visitors.sameOrigin(ctx);
    }

    /** The visitor's long-lived id, created on their first answer. */
    String visitor(Context ctx) {
        String current = ctx.cookie(VISITOR_COOKIE);
        String visitor = guard.cookieFor(current);
        if (!visitor.equals(current)) {
            visitors.setCookie(ctx, VISITOR_COOKIE, visitor, VISITOR_COOKIE_LIFETIME);
        }
        return visitor;
    }

    String address(Context ctx) {
        return visitors.address(ctx);
    }
}
