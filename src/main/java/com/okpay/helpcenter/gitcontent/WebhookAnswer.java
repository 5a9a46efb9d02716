package com.okpay.helpcenter.gitcontent;

import java.time.Duration;

/**
 * What the webhook endpoint answers the git host: a status and one line of text (the host shows it
 * in its delivery log). {@code retryAfter} is set for 429.
 */
public record WebhookAnswer(int status, String text, Duration retryAfter) {

    static WebhookAnswer of(int status, String text) {
        return new WebhookAnswer(status, text, null);
    }
}
