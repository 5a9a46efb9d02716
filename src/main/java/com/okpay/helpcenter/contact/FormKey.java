package com.okpay.helpcenter.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What makes two posts "the same message": the one-time id of the form showing they came from and
 * everything the visitor typed. A double click or a proxy's retry repeats both; a visitor who goes
 * back and writes something else in the same form gets a second message.
 */
final class FormKey {
    private FormKey() {
    }

    static String of(String formId, ContactMessage message) {
        String text = String.join("\u0000", formId, message.locale(), message.topic(), message.name(), message.email(),
                message.subject(), message.message(), String.valueOf(message.transactionDate()),
                String.valueOf(message.amount()), String.valueOf(message.transactionId()),
                String.valueOf(message.article()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
