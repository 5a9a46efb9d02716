package com.okpay.helpcenter.web;

import com.okpay.helpcenter.contact.ContactForm;
import com.okpay.helpcenter.contact.ContactModule;
import com.okpay.helpcenter.contact.FormErrors;
import com.okpay.helpcenter.contact.Receipts;
import com.okpay.helpcenter.contact.Sizes;
import com.okpay.helpcenter.contact.Submission;
import com.okpay.helpcenter.contact.Upload;
import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.security.FormGuard;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * The contact form: show it, take a post in, and the confirmation page. A post is answered with
 * a redirect only once the message is committed; every other outcome shows the form again with
 * everything the visitor typed, or (for a body we cannot read at all) a friendly error page.
 */
final class ContactController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContactController.class);
    private final LiveSite site;
    private final ErrorPages errors;
    private final ContactModule contact;
    private final ContactPage page;
    private final Tracking tracking;
    private final VisitorRequest visitors;

    ContactController(LiveSite site, Pages pages, ErrorPages errors, ContactModule contact, Tracking tracking,
                      VisitorRequest visitors) {
        this.site = site;
        this.errors = errors;
        this.contact = contact;
        this.tracking = tracking;
        this.visitors = visitors;
        this.page = new ContactPage(pages, contact, tracking, visitors);
    }

    void form(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        String topic = ctx.queryParam("topic");
        ContactForm blank = ContactForm.blank(QueryText.clean(ctx.queryParam("q")),
                topic != null && content.site().topic(topic).isPresent() ? topic : "",
                knownArticle(content, ctx.queryParam(ContactForm.ARTICLE)));
        page.show(ctx, content, locale, blank, FormErrors.none(), null, HttpStatus.OK, null);
    }

    void submit(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        boolean multipart = MultipartBody.isMultipart(ctx);
        MultipartBody.Posted posted;
        try {
            posted = multipart ? MultipartBody.read(ctx, contact.attachments(), contact.uploads())
                    : new MultipartBody.Posted(FormBody.read(ctx), List.of());
        } catch (FormBody.TooLarge e) {
            if (multipart) {
                // nothing of the body was read: the form comes back empty, saying why
                page.show(ctx, content, locale, ContactForm.blank("", "", ""), FormErrors.none(), ContactView.Files.NONE,
                        null, HttpStatus.CONTENT_TOO_LARGE, "contact.alert.uploadTooLarge",
                        Sizes.format(contact.attachments().maxTotalBytes()));
            } else {
                errors.renderError(ctx, content, HttpStatus.CONTENT_TOO_LARGE, "contact.tooLarge");
            }
            return;
        } catch (FormBody.Unreadable e) {
            log.info("could not read a contact form: {}", e.getMessage());
            if (multipart) {
                page.show(ctx, content, locale, ContactForm.blank("", "", ""), FormErrors.none(), ContactView.Files.NONE,
                        null, HttpStatus.BAD_REQUEST, "contact.alert.uploadBroken");
            } else {
                errors.renderError(ctx, content, HttpStatus.BAD_REQUEST, "contact.unreadable");
            }
            return;
        }
        Map<String, String> fields = posted.fields();
        ContactView.Files files = ContactView.Files.chosen(posted.fileNames());
        ContactForm form = ContactForm.from(fields);
        form = form.withArticle(knownArticle(content, form.article()));
        Tracking.keepPostedToken(ctx, fields.get(Tracking.FORM_FIELD));
        String started = fields.get(FormGuard.STARTED_FIELD);
        FormGuard.Verdict verdict = visitors.security().guard().check(visitors.sameOrigin(ctx), started,
                fields.get(FormGuard.HONEYPOT_FIELD));
        switch (verdict) {
            case FORGED -> page.show(ctx, content, locale, form, FormErrors.none(), files, null, HttpStatus.FORBIDDEN,
                    "contact.alert.expired");
            case HONEYPOT -> page.show(ctx, content, locale, form, FormErrors.none(), files, null, HttpStatus.BAD_REQUEST,
                    "contact.alert.check");
            case TOO_FAST -> page.show(ctx, content, locale, form, FormErrors.none(), files, started,
                    HttpStatus.BAD_REQUEST, "contact.alert.tooFast");
            case EXPIRED -> page.show(ctx, content, locale, form, FormErrors.none(), files, null,
                    HttpStatus.BAD_REQUEST, "contact.alert.stale");
            case HUMAN -> accept(ctx, content, locale, form, started, posted.files(), files);
        }
    }

    private void accept(Context ctx, Content content, String locale, ContactForm form, String started,
                        List<Upload> uploads, ContactView.Files files) {
        Submission result = contact.desk().submit(form, locale, visitors.address(ctx), uploads, Tracking.postedToken(ctx));
        if (result instanceof Submission.Accepted accepted) {
            tracking.contactAccepted(ctx, locale, accepted.topic());
            visitors.setCookie(ctx, Receipts.COOKIE, contact.receipts().issue(accepted.reference(), accepted.topic()),
                    Receipts.LIFETIME);
            ctx.redirect(content.paths().page(locale, "contact/thanks/" + accepted.reference()), HttpStatus.SEE_OTHER);
        } else if (result instanceof Submission.Invalid invalid) {
            page.show(ctx, content, locale, form, invalid.errors(), files.refused(invalid.files()), started,
                    HttpStatus.UNPROCESSABLE_CONTENT, null);
        } else if (result instanceof Submission.Limited limited) {
            page.show(ctx, content, locale, form, FormErrors.none(), files, started, HttpStatus.TOO_MANY_REQUESTS,
                    "contact.alert.limited", RetryAfter.minutes(ctx, limited.retryAfter()));
        } else {
            page.show(ctx, content, locale, form, FormErrors.none(), files, started, HttpStatus.SERVICE_UNAVAILABLE,
                    "contact.alert.unavailable");
        }
    }

    void thanks(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        String reference = ctx.pathParam("reference");
        page.thanks(ctx, content, locale, reference, contact.receipts().topicOf(ctx.cookie(Receipts.COOKIE), reference));
    }

    /** The path of a published article, or "": support only ever sees a link to a real article. */
    private static String knownArticle(Content content, String path) {
        return content.articleAt(path).map(Article::url).orElse("");
    }
}
