package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.Settings;
import java.util.Optional;

/**
 * The contact form's own settings: how many messages one address may send, whether customers get
 * a confirmation mail, and the free space kept on a SQLite database's disk ({@link DiskRoom}).
 * (The bot checks and proxy trust are shared: see {@code security/}.)
 */
public record ContactSettings(Optional<RateLimit> rateLimit, boolean confirmation, long minFree) {

    public static final String DEFAULT_RATE_LIMIT = "5/10m";

    public static ContactSettings from(Settings settings) {
        String spec = settings.string("contact-rate-limit", "HELPCENTER_CONTACT_RATE_LIMIT", DEFAULT_RATE_LIMIT);
        Optional<RateLimit> rateLimit = RateLimit.parse(spec).orElseThrow(() -> settings.invalid(
                "contact-rate-limit", "HELPCENTER_CONTACT_RATE_LIMIT", spec,
                "COUNT/WINDOW such as 5/10m, 20/1h or 100/d, or off"));
        long minFree = settings.bytes("contact-min-free", "HELPCENTER_CONTACT_MIN_FREE", 64 * AttachmentSettings.MB, 0,
                1024L * 1024 * 1024 * AttachmentSettings.MB);
        return new ContactSettings(rateLimit, settings.bool("contact-confirmation", "CONTACT_CONFIRMATION", false), minFree);
    }
}
