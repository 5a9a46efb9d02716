package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.security.Signer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The short-lived, signed note that lets the browser which sent a message see its confirmation
 * page: {@code reference.topic.expiry.signature}. Without it, a reference in a URL shows nothing,
 * so guessing references reveals nothing about other people's messages.
 */
public final class Receipts {
    public static final String COOKIE = "hc_contact_sent";
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Signer signer;
    private final Clock clock;

    Receipts(Signer signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    public String issue(String reference, String topic) {
        String value = reference + "." + topic + "." + clock.instant().plus(LIFETIME).toEpochMilli();
        return value + "." + signer.sign("receipt", value);
    }

    /** The topic of {@code reference} if {@code cookie} is a live receipt for it. */
    public Optional<String> topicOf(String cookie, String reference) {
        if (cookie == null || !References.isReference(reference)) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 4 || !parts[0].equals(reference)) {
            return Optional.empty();
        }
        String value = parts[0] + "." + parts[1] + "." + parts[2];
        if (!signer.verify("receipt", value, parts[3])) {
            return Optional.empty();
        }
        try {
            return Long.parseLong(parts[2]) > clock.millis() ? Optional.of(parts[1]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
