package com.okpay.helpcenter.contact;

import java.time.Duration;

/** What became of a submitted form. Only {@link Accepted} means the message is safely stored. */
public sealed interface Submission {

    /** Committed to the outbox: the reference may be shown to the visitor. */
    record Accepted(String reference, String topic) implements Submission {
    }

    record Invalid(FormErrors errors) implements Submission {
    }

    /** Too many messages from this visitor; a slot frees up after {@code retryAfter}. */
    record Limited(Duration retryAfter) implements Submission {
    }

    /** The database could not store it: nothing was accepted, the visitor should try again. */
    record Unavailable() implements Submission {
    }
}
