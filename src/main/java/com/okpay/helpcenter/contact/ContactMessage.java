package com.okpay.helpcenter.contact;

import java.time.Instant;

/**
 * A message accepted from the contact form, as stored in the outbox. The one-line fields are
 * stripped of surrounding spaces; {@code message} is exactly what the customer typed. Payment
 * details are null when the topic does not ask for them or the customer left them empty; so is
 * {@code article} (the site path of the article the customer wrote from) when there was none.
 */
public record ContactMessage(String reference, Instant createdAt, String locale, String topic, String name,
                             String email, String subject, String message, String transactionDate,
                             String amount, String transactionId, String article) {

    static ContactMessage of(String reference, Instant createdAt, String locale, ContactForm form, boolean details) {
        return new ContactMessage(reference, createdAt, locale, form.topic(), form.name().strip(),
                form.email().strip(), form.subject().strip(), form.message(),
                details ? blankToNull(form.transactionDate()) : null, details ? blankToNull(form.amount()) : null,
                details ? blankToNull(form.transactionId()) : null, blankToNull(form.article()));
    }

    ContactMessage withReference(String next) {
        return new ContactMessage(next, createdAt, locale, topic, name, email, subject, message, transactionDate,
                amount, transactionId, article);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
