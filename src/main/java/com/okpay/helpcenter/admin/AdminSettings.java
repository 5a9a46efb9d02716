package com.okpay.helpcenter.admin;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import java.util.Optional;

/**
 * Who may open the admin pages: whoever knows {@code HELPCENTER_ADMIN_TOKEN}. Without it the admin
 * pages do not exist. The token is read from the environment only, so it never shows in a
 * process list.
 *
 * @param secureCookies true when the site is served over https (its base URL says so)
 * @param trustProxy    the visitor's address comes from X-Forwarded-For (for the login throttle)
 */
public record AdminSettings(Optional<String> token, boolean secureCookies, boolean trustProxy) {
    static final int MIN_TOKEN_LENGTH = 16;

    public static AdminSettings from(Settings settings, String baseUrl) {
        Optional<String> token = settings.find(null, "HELPCENTER_ADMIN_TOKEN");
        if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
            throw new ConfigException("HELPCENTER_ADMIN_TOKEN is too short: use at least " + MIN_TOKEN_LENGTH
                    + " random characters (e.g. the output of: openssl rand -base64 24)");
        }
        return new AdminSettings(token, baseUrl.startsWith("https://"),
                settings.bool("trust-proxy", "HELPCENTER_TRUST_PROXY", false));
    }
}
