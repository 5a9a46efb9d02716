package com.okpay.helpcenter.admin;

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
        return new AdminSettings(settings.token("HELPCENTER_ADMIN_TOKEN", MIN_TOKEN_LENGTH));
    }
}
