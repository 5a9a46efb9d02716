package com.okpay.helpcenter.security;

import com.okpay.helpcenter.config.Settings;
import java.time.Duration;

/**
 * The settings every form and every visitor-facing limit shares, read once at start-up.
 *
 * @param trustProxy  behind one reverse proxy: the visitor's address and scheme come from its
 *                    X-Forwarded-For and X-Forwarded-Proto headers
 * @param httpsSite   the base URL is https: the public site runs behind TLS, whatever the proxy
 *                    tells the app
 * @param minFillTime a form sent sooner after it was shown is treated as a bot
 */
public record SecuritySettings(boolean trustProxy, boolean httpsSite, Duration minFillTime) {

    public static SecuritySettings from(Settings settings, String baseUrl) {
        int minFill = settings.integer("contact-min-fill-seconds", "HELPCENTER_CONTACT_MIN_FILL_SECONDS", 3, 0, 3600);
        return new SecuritySettings(settings.bool("trust-proxy", "HELPCENTER_TRUST_PROXY", false),
                baseUrl.startsWith("https://"), Duration.ofSeconds(minFill));
    }
}
