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
    private static final Duration WRITER_WAIT = Duration.ofMinutes(2);

    private final LiveSite site;
    private final Outbox outbox;
    private final References references;
    private final MessageQuota quota;
    private final MailSender sender;
    private final boolean confirmation;
    private final Clock clock;
    private final AttachmentIntake intake;
    private final AttachmentStore attachments;
    /**
     * Messages being stored at once. SQLite has one writer: storing 10 MB of attachments holds it
     * for a while, so the others queue here (fairly, as long as a visitor will wait) rather than
     * time out waiting for a pooled connection.
     */
    private final java.util.concurrent.Semaphore writers;
    private final DiskRoom room;

    ContactDesk(LiveSite site, Outbox outbox, References references, MessageQuota quota, MailSender sender,
                boolean confirmation, Clock clock, AttachmentIntake intake, AttachmentStore attachments, int writers,
                DiskRoom room) {
        this.intake = intake;
        this.room = room;
        this.attachments = attachments;
        this.writers = new java.util.concurrent.Semaphore(writers, true);
        this.site = site;
        this.outbox = outbox;
        this.references = references;
        this.quota = quota;
        this.sender = sender;
        this.confirmation = confirmation;
        this.clock = clock;
    }

    /** @param visitor who is sending, for the rate limit (the client's IP address) */
    public Submission submit(ContactForm form, String locale, String visitor) {
        return submit(form, locale, visitor, List.of(), null);
    }

    /**
     * As {@link #submit(ContactForm, String, String)}, with the files the form carried: they are
     * checked, cleaned of metadata and stored in the message's transaction, or the form is refused.
     *
     * @param formId the one-time id of the form showing it came from, or null: a post repeated with
     *               the same id and text (a double click, a proxy's retry) gets the first post's reference
     */
    public Submission submit(ContactForm form, String locale, String visitor, List<Upload> uploads, String formId) {
        SiteConfig config = site.current().content().site();
        FormErrors errors = ContactRules.check(form, config, today());
        if (errors.isEmpty() && !room.allows(uploads.stream().mapToLong(Upload::size).sum())) {
            return new Submission.Unavailable();
        }
        try (AttachmentIntake.Prepared files = intake.prepare(uploads)) {
            if (!errors.isEmpty() || files.refused()) {
                return new Submission.Invalid(withFiles(errors, files.problems()), files.problems());
            }
            boolean details = config.topic(form.topic()).map(ContactTopic::details).orElse(false);
            ContactMessage message = ContactMessage.of(references.next(), clock.instant(), locale, form, details);
            return stored(message, visitor, files, formId);
        } catch (java.io.IOException e) {
            log.error("could not take the attachments of a contact message in (the visitor was asked to try again)", e);
            return new Submission.Unavailable();
        }
    }

    private Submission stored(ContactMessage message, String visitor, AttachmentIntake.Prepared files, String formId) {
        String formKey = formId == null || formId.isBlank() ? null : FormKey.of(formId, message);
        Submission result;
        try {
            Optional<String> earlier = outbox.referenceOfForm(formKey);
            if (earlier.isPresent()) {
                log.info("the form of contact message {} was posted again: answered with the same reference",
                        earlier.get());
                return new Submission.Accepted(earlier.get(), message.topic());
            }
            if (!writers.tryAcquire(WRITER_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                log.error("could not store a contact message: the database was busy for {} (the visitor was asked "
                        + "to try again)", WRITER_WAIT);
                return new Submission.Unavailable();
            }
            try {
                result = store(message, quota.of(visitor), files.files(), formKey);
            } finally {
                writers.release();
            }
        } catch (SQLException e) {
            log.error("could not store a contact message (the visitor was asked to try again)", e);
            return new Submission.Unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Submission.Unavailable();
        }
        if (result instanceof Submission.Accepted accepted) {
            log.info("accepted contact message {} ({}{})", accepted.reference(), accepted.topic(),
                    files.files().isEmpty() ? "" : ", " + files.files().size() + " attachments");
            sender.wake();
        } else {
            log.info("rate limit: refused a message from {}", quota.logName(visitor));
        }
        return result;
    }

    /** What the outbox still has to send (for /metrics). */
    public Backlog backlog() throws SQLException {
        return outbox.backlog();
    }

    /** The latest transaction date the form accepts is the day after this (time zones). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Accepted once committed, or Limited; a reference another message has taken is drawn again. */
    private static FormErrors withFiles(FormErrors errors, List<FileProblem> problems) {
        if (problems.isEmpty()) {
            return errors;
        }
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(errors.byField());
        all.put(ContactForm.ATTACHMENTS, "contact.error.files");
        return new FormErrors(all);
    }

    private Submission store(ContactMessage message, MessageQuota.Slot slot, List<AttachmentIntake.Spooled> files,
                             String formKey) throws SQLException {
        List<MailKind> kinds = confirmation ? List.of(MailKind.SUPPORT, MailKind.CONFIRMATION) : List.of(MailKind.SUPPORT);
        for (int draw = 1; ; draw++) {
            try {
                Optional<Duration> wait = outbox.save(message, kinds, slot, formKey,
                        (connection, reference) -> attachments.insert(connection, reference, files));
                if (wait.isPresent()) {
                    return new Submission.Limited(wait.get());
                }
                return new Submission.Accepted(message.reference(), message.topic());
            } catch (SQLException e) {
                if (draw == REFERENCE_DRAWS || !Outbox.isDuplicateKey(e)) {
                    throw e;
                }
                Optional<String> concurrent = outbox.referenceOfForm(formKey);
                if (concurrent.isPresent()) { // the same form, posted twice at once: the other post won
                    return new Submission.Accepted(concurrent.get(), message.topic());
                }
                message = message.withReference(references.next());
            }
        }
    }
}
