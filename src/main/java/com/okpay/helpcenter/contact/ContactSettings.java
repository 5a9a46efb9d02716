package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.Settings;
import java.time.Duration;
import java.util.Optional;

/**
 * The contact form's own settings: how fast a human can possibly fill the form, how many
 * messages one address may send, whether customers get a confirmation mail, and whether the
 * visitor's address comes from a reverse proxy's X-Forwarded-For header.
 */
public record ContactSettings(Duration minFillTime, Optional<RateLimit> rateLimit, boolean confirmation,
                              boolean trustProxy) {

    public static final String DEFAULT_RATE_LIMIT = "5/10m";

    public static ContactSettings from(Settings settings) {
        int minFill = settings.integer("contact-min-fill-seconds", "HELPCENTER_CONTACT_MIN_FILL_SECONDS", 3, 0, 3600);
        String spec = settings.string("contact-rate-limit", "HELPCENTER_CONTACT_RATE_LIMIT", DEFAULT_RATE_LIMIT);
        Optional<RateLimit> rateLimit = RateLimit.parse(spec).orElseThrow(() -> settings.invalid(
                "contact-rate-limit", "HELPCENTER_CONTACT_RATE_LIMIT", spec,
                "COUNT/WINDOW such as 5/10m, 20/1h or 100/d, or off"));
        return new ContactSettings(Duration.ofSeconds(minFill), rateLimit,
                settings.bool("contact-confirmation", "CONTACT_CONFIRMATION", false),
                settings.bool("trust-proxy", "HELPCENTER_TRUST_PROXY", false));
    }
}
