package com.okpay.helpcenter.security;

import java.time.Duration;

/** The one place Set-Cookie values are built, so every cookie gets the same protection. */
public final class Cookies {
    /** Lax for the public site's cookies; Strict for the admin pages (never sent from another site). */
    public enum SameSite { LAX, STRICT }

    private final SecuritySettings settings;

    Cookies(SecuritySettings settings) {
        this.settings = settings;
    }

    /**
     * An HttpOnly cookie for the whole site, Secure when the visitor came over HTTPS or the base URL
     * is https (then a TLS proxy is in front, even when it talks plain HTTP to us and is not trusted).
     *
     * @param maxAge null: for the browser session; zero deletes it
     */
    public String header(String name, String value, Duration maxAge, SameSite sameSite, boolean requestHttps) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=" + (sameSite == SameSite.LAX ? "Lax" : "Strict")
                + (maxAge == null ? "" : "; Max-Age=" + maxAge.toSeconds())
                + (secure(requestHttps) ? "; Secure" : "");
    }

    private boolean secure(boolean requestHttps) {
        return requestHttps || settings.httpsSite();
    }
}
