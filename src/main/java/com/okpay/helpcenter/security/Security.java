package com.okpay.helpcenter.security;

import com.okpay.helpcenter.config.Settings;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The security primitives the features share, built once: the site's signing key, the form
 * guard (bot checks), the same-origin check of posts (CSRF), who the visitor is behind the proxy, and how cookies are set.
 */
public record Security(SecuritySettings settings, Signer signer, FormGuard guard, Cookies cookies,
                       SameOrigin sameOrigin) {

    public static Security create(Settings settings, String baseUrl, Path data, Clock clock) {
        SecuritySettings parsed = SecuritySettings.from(settings, baseUrl);
        Signer signer = new Signer(SigningKey.load(settings, data));
        return new Security(parsed, signer, new FormGuard(signer, parsed.minFillTime(), clock), new Cookies(parsed),
                new SameOrigin(baseUrl));
    }

    /** Whom a rate limit counts, from the connection's address and every X-Forwarded-For line. */
    public String visitorAddress(String remoteAddress, Iterable<String> forwardedFor) {
        return VisitorAddress.resolve(remoteAddress, forwardedFor, settings.trustProxy());
    }

    /** True when the visitor reached us over TLS, as far as we can tell. */
    public boolean https(String scheme, String forwardedProto) {
        return "https".equalsIgnoreCase(scheme) || (settings.trustProxy() && "https".equalsIgnoreCase(forwardedProto));
    }
}
