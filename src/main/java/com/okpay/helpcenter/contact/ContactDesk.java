package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.content.ContactTopic;
import com.okpay.helpcenter.content.SiteConfig;
import com.okpay.helpcenter.site.LiveSite;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a contact form in: checks it, applies the rate limit, and commits the message and its
 * mails to the outbox before anyone is told it was accepted. Sending happens later, elsewhere.
 */
public final class ContactDesk {
    private static final Logger log = LoggerFactory.getLogger(ContactDesk.class);
    private static final int REFERENCE_DRAWS = 5;

    private final LiveSite site;
    private final Outbox outbox;
    private final References references;
    private final RateLimiter limiter;
    private final MailSender sender;
    private final boolean confirmation;
    private final Clock clock;

    ContactDesk(LiveSite site, Outbox outbox, References references, RateLimiter limiter, MailSender sender,
                boolean confirmation, Clock clock) {
        this.site = site;
        this.outbox = outbox;
        this.references = references;
        this.limiter = limiter;
        this.sender = sender;
        this.confirmation = confirmation;
        this.clock = clock;
    }

    /** @param visitor who is sending, for the rate limit (the client's IP address) */
    public Submission submit(ContactForm form, String locale, String visitor) {
        SiteConfig config = site.current().content().site();
        FormErrors errors = ContactRules.check(form, config, today());
        if (!errors.isEmpty()) {
            return new Submission.Invalid(errors);
        }
        Optional<Duration> wait = limiter.acquire(visitor);
        if (wait.isPresent()) {
            log.info("rate limit: refused a message from {}", visitor);
            return new Submission.Limited(wait.get());
        }
        boolean details = config.topic(form.topic()).map(ContactTopic::details).orElse(false);
        ContactMessage message = ContactMessage.of(references.next(), clock.instant(), locale, form, details);
        try {
            message = save(message);
        } catch (SQLException e) {
            limiter.refund(visitor);
            log.error("could not store a contact message (the visitor was asked to try again)", e);
            return new Submission.Unavailable();
        }
        log.info("accepted contact message {} ({})", message.reference(), message.topic());
        sender.wake();
        return new Submission.Accepted(message.reference(), message.topic());
    }

    /** The latest transaction date the form accepts is the day after this (time zones). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private ContactMessage save(ContactMessage message) throws SQLException {
        List<MailKind> kinds = confirmation ? List.of(MailKind.SUPPORT, MailKind.CONFIRMATION) : List.of(MailKind.SUPPORT);
        for (int draw = 1; ; draw++) {
            try {
                outbox.save(message, kinds);
                return message;
            } catch (SQLException e) {
                if (draw == REFERENCE_DRAWS || !Outbox.isDuplicateKey(e)) {
                    throw e;
                }
                message = message.withReference(references.next());
            }
        }
    }
}
