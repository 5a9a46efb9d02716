package com.okpay.helpcenter.contact;

import jakarta.mail.SendFailedException;
import java.time.Duration;

/**
 * When to try a mail again: the wait doubles from {@code first} up to {@code longest}. A support
 * mail is retried for about a day (the server may be down or misconfigured, and an operator can
 * fix that); a confirmation gives up sooner, and at once when the server refuses the address.
 */
record RetryPolicy(Duration first, Duration longest, int supportAttempts, int confirmationAttempts) {

    static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 30, 6);
    }

    Duration delay(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    boolean givesUp(Delivery delivery, Exception failure) {
        if (delivery.kind() == MailKind.SUPPORT) {
            return delivery.attempt() >= supportAttempts;
        }
        boolean refused = failure instanceof SendFailedException sendFailed
                && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0;
        return refused || delivery.attempt() >= confirmationAttempts;
    }
}
