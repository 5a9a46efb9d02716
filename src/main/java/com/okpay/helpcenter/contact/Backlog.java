package com.okpay.helpcenter.contact;

import java.time.Instant;
import java.util.Optional;

/** The outbox's mails still to send, and the time the oldest of their messages was written. */
public record Backlog(long pending, Optional<Instant> oldest) {
}
