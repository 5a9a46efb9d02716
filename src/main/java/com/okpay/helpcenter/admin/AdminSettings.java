package com.okpay.helpcenter.admin;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import java.util.Optional;

/**
 * Who may open the admin pages: whoever knows {@code HELPCENTER_ADMIN_TOKEN}. Without it the admin
 * pages do not exist. The token is read from the environment only, so it never shows in a
 * process list.
 */
public record AdminSettings(Optional<String> token) {
    static final int MIN_TOKEN_LENGTH = 16;

    public static AdminSettings from(Settings settings) {
        Optional<String> token = settings.find(null, "HELPCENTER_ADMIN_TOKEN");
        if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
            throw new ConfigException("HELPCENTER_ADMIN_TOKEN is too short: use at least " + MIN_TOKEN_LENGTH
                    + " random characters (e.g. the output of: openssl rand -base64 24)");
        }
        return new AdminSettings(token);
    }
}
