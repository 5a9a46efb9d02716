package com.okpay.helpcenter.web;

import com.okpay.helpcenter.contact.ContactForm;
import com.okpay.helpcenter.contact.ContactModule;
import com.okpay.helpcenter.contact.FormErrors;
import com.okpay.helpcenter.content.ContactTopic;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteConfig;
import com.okpay.helpcenter.security.FormGuard;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Renders the contact form and its confirmation page, and sets the cookies they rely on. */
final class ContactPage {
    private final Pages pages;
    private final ContactModule contact;
    private final Tracking tracking;
    private final VisitorRequest visitors;

    ContactPage(Pages pages, ContactModule contact, Tracking tracking, VisitorRequest visitors) {
        this.pages = pages;
        this.contact = contact;
        this.tracking = tracking;
        this.visitors = visitors;
    }

    /**
     * Shows the form with what the visitor typed. A genuine earlier start time is kept, so a
     * visitor asked to send again is not held back by the minimum fill time a second time.
     */
    void show(Context ctx, Content content, String locale, ContactForm form, FormErrors errors, String started,
              HttpStatus status, String alertKey, Object... alertArgs) {
        show(ctx, content, locale, form, errors, ContactView.Files.NONE, started, status, alertKey, alertArgs);
    }

    /** As above, naming the files the visitor chose (a browser cannot refill a file input) and why any was refused. */
    void show(Context ctx, Content content, String locale, ContactForm form, FormErrors errors, ContactView.Files files,
              String started, HttpStatus status, String alertKey, Object... alertArgs) {
        FormGuard guard = visitors.security().guard();
        String path = content.paths().page(locale, "contact");
        ContactView view = new ContactView(form, errors, topics(content.site(), locale, form.topic()),
                content.site().tips(locale), path,
                started != null && guard.isGenuineStart(started) ? started : guard.startedToken(),
                alertKey == null ? null : pages.text(locale, alertKey, alertArgs),
                contact.desk().today().plusDays(1).toString(), content.paths().page(locale, "search"),
                content.articleAt(form.article()).orElse(null),
                ContactAttachmentsView.of(contact.attachments(), files, (key, args) -> pages.text(locale, key, args)));
        PageModel model = pages.page(content, locale).titled(pages.text(locale, "contact.title"))
                .at(path, other -> content.paths().page(other, "contact")).build();
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, "contact", model, new PageViews.Contact(view, tracking.formToken(ctx)));
    }

    /** The confirmation: only the reference, its topic and what happens next, never the message. */
    void thanks(Context ctx, Content content, String locale, String reference, Optional<String> topicId) {
        SiteConfig site = content.site();
        Optional<ContactTopic> topic = topicId.flatMap(site::topic);
        PageViews.ContactThanks model = new PageViews.ContactThanks(topicId.isPresent() ? reference : null,
                topic.map(t -> t.label().text(locale, site.defaultLocale())).orElse(null),
                topic.map(t -> t.response().text(locale, site.defaultLocale())).orElse(null));
        PageModel page = pages.page(content, locale).titled(pages.text(locale, topicId.isPresent()
                ? "contact.thanks.title" : "contact.thanks.expiredTitle")).build();
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        pages.render(ctx, "contact-thanks", page, model);
    }

    private static List<ContactView.TopicOption> topics(SiteConfig site, String locale, String selected) {
        return site.topics().stream().map(t -> new ContactView.TopicOption(t.id(),
                t.label().text(locale, site.defaultLocale()), t.response().text(locale, site.defaultLocale()),
                t.details(), t.id().equals(selected))).toList();
    }
}
