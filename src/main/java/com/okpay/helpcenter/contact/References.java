package com.okpay.helpcenter.contact;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Makes reference numbers a customer can read out on the phone: {@code OK-20261125-7K3Q}, the
 * UTC date and four characters from an alphabet without 0/O, 1/I/L. Uniqueness is the
 * database's job (the reference is the primary key); the outbox draws again on a clash.
 */
final class References {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final Pattern FORMAT = Pattern.compile("OK-\\d{8}-[" + ALPHABET + "]{4}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    References(Clock clock) {
        this.clock = clock;
    }

    String next() {
        StringBuilder reference = new StringBuilder("OK-").append(LocalDate.now(clock.withZone(ZoneOffset.UTC)).format(DAY))
                .append('-');
        for (int i = 0; i < 4; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    static boolean isReference(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
