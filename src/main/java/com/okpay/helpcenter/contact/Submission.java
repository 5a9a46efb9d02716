package com.okpay.helpcenter.contact;

import java.time.Duration;

/** What became of a submitted form. Only {@link Accepted} means the message is safely stored. */
public sealed interface Submission {

    /** Committed to the outbox: the reference may be shown to the visitor. */
    record Accepted(String reference, String topic) implements Submission {
    }

    /** The form's problems; {@code files} says which attached files were refused and why. */
    record Invalid(FormErrors errors, java.util.List<FileProblem> files) implements Submission {
        public Invalid {
            files = java.util.List.copyOf(files);
        }

        public Invalid(FormErrors errors) {
            this(errors, java.util.List.of());
        }
    }

    /** Too many messages from this visitor; a slot frees up after {@code retryAfter}. */
    record Limited(Duration retryAfter) implements Submission {
    }

    /** The database could not store it: nothing was accepted, the visitor should try again. */
    record Unavailable() implements Submission {
    }
}
