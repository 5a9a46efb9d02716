package com.okpay.helpcenter.feedback;

import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.contact.RateLimit;
import java.util.Optional;

/** How many feedback answers (votes and comments) one address may send in a time window. */
public record FeedbackSettings(Optional<RateLimit> rateLimit) {

    public static final String DEFAULT_RATE_LIMIT = "30/10m";

    public static FeedbackSettings from(Settings settings) {
        String spec = settings.string("feedback-rate-limit", "HELPCENTER_FEEDBACK_RATE_LIMIT", DEFAULT_RATE_LIMIT);
        return new FeedbackSettings(RateLimit.parse(spec).orElseThrow(() -> settings.invalid(
                "feedback-rate-limit", "HELPCENTER_FEEDBACK_RATE_LIMIT", spec,
                "COUNT/WINDOW such as 30/10m or 100/1h, or off")));
    }
}
