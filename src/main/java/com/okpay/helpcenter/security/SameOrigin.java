package com.okpay.helpcenter.security;

import java.net.URI;
import java.util.Locale;

/**
 * The CSRF defence of the public forms (contact, article feedback): a post is taken only when the
 * browser says it comes from one of our own pages. Pages then carry no per-visitor token, so every
 * visitor gets the same bytes and any cache may keep them.
 *
 * <ul>
 *   <li>{@code Sec-Fetch-Site} (every current browser sends it): {@code same-origin}, or
 *       {@code none} for a post the visitor started themselves, passes; {@code same-site} and
 *       {@code cross-site} are refused.</li>
 *   <li>Otherwise {@code Origin} must be the origin of {@code --base-url}.</li>
 *   <li>A request with neither header comes from an old browser or a script, not from a page of
 *       another site in a current browser, and is let through: the forms' other brakes (honeypot,
 *       minimum fill time, rate limits) still apply.</li>
 * </ul>
 * The cookies the forms set are {@code SameSite=Lax}, so a cross-site post does not carry them either.
 */
public final class SameOrigin {
    private final String origin;

    public SameOrigin(String baseUrl) {
        this.origin = originOf(baseUrl);
    }

    /** @param secFetchSite the request's {@code Sec-Fetch-Site} header; {@code from} its {@code Origin}; either may be null */
    public boolean allows(String secFetchSite, String from) {
        if (secFetchSite != null) {
            return secFetchSite.equalsIgnoreCase("same-origin") || secFetchSite.equalsIgnoreCase("none");
        }
        return from == null || from.equalsIgnoreCase(origin);
    }

    /** {@code https://help.example.com} from {@code https://help.example.com:443/base}: scheme, host, non-default port. */
    public static String originOf(String baseUrl) {
        URI uri = URI.create(baseUrl);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
