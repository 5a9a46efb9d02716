package com.okpay.helpcenter.content;

/**
 * A reason to write to support, with the response time support promises for it.
 * {@code details} says whether the payment details (date, amount, transaction id) are asked for.
 */
public record ContactTopic(String id, LocalizedText label, LocalizedText response, boolean details) {
}
