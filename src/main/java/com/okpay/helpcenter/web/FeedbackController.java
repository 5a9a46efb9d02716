package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.feedback.ArticleFeedback;
import com.okpay.helpcenter.feedback.ArticleFeedback.Outcome;
import com.okpay.helpcenter.security.FormGuard;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * Takes an article's "was this helpful?" answer (a vote, or the comment after a "no") as a plain
 * form post and sends the visitor back to the article with a 303, so it works without JavaScript.
 */
final class FeedbackController {
    private final LiveSite site;
    private final ErrorPages errors;
    private final FeedbackForms forms;
    private final ArticleFeedback feedback;

    FeedbackController(LiveSite site, ErrorPages errors, FeedbackForms forms, ArticleFeedback feedback) {
        this.site = site;
        this.errors = errors;
        this.forms = forms;
        this.feedback = feedback;
    }

    void submit(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        Article article = content.article(locale, ctx.pathParam("category"), ctx.pathParam("slug"))
                .orElseThrow(NotFoundResponse::new);
        Map<String, String> fields;
        try {
            fields = FormBody.read(ctx);
        } catch (FormBody.TooLarge | FormBody.Unreadable e) {
            errors.renderError(ctx, content, HttpStatus.BAD_REQUEST, "feedback.unreadable");
            return;
        }
        if (!forms.isGenuine(ctx)) {
            errors.renderError(ctx, content, HttpStatus.FORBIDDEN, "feedback.forbidden");
            return;
        }
        String comment = fields.get("comment");
        String helpful = fields.get("helpful");
        Outcome outcome;
        String next;
        if (comment != null) {
            outcome = comment.isBlank() ? Outcome.RECORDED
                    : feedback.comment(article.key(), forms.visitor(ctx), comment, forms.address(ctx));
            next = comment.isBlank() ? "thanks" : "commented";
        } else if ("yes".equals(helpful) || "no".equals(helpful)) {
            outcome = feedback.vote(article.key(), forms.visitor(ctx), helpful.equals("yes"), forms.address(ctx));
            next = helpful.equals("yes") ? "thanks" : "no";
        } else {
            errors.renderError(ctx, content, HttpStatus.BAD_REQUEST, "feedback.unreadable");
            return;
        }
        switch (outcome) {
            case RECORDED -> ctx.redirect(FeedbackForms.backTo(article, next), HttpStatus.SEE_OTHER);
            case ALREADY -> ctx.redirect(FeedbackForms.backTo(article, "already"), HttpStatus.SEE_OTHER);
            case UNAVAILABLE -> ctx.redirect(FeedbackForms.backTo(article, "error"), HttpStatus.SEE_OTHER);
            case LIMITED -> errors.renderError(ctx, content, HttpStatus.TOO_MANY_REQUESTS, "feedback.busy");
        }
    }
}
