package com.okpay.helpcenter.admin;

import com.okpay.helpcenter.security.Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The door to the admin pages. A login compares the token in constant time, behind a throttle
 * and a CSRF check, and hands out a signed session cookie: {@code issued.nonce.signature}. The
 * signing key is derived from the token, so instances that share the token accept each other's
 * sessions, and changing the token ends every session. Logging out revokes the session here.
 * The login form's CSRF token carries the time it was made and expires after {@link #LOGIN_FORM}.
 */
public final class AdminAccess {
    public static final String SESSION_COOKIE = "hc_admin";
    public static final String FORM_COOKIE = "hc_admin_form";
    static final Duration SESSION = Duration.ofHours(12);
    /** How long a shown login form can be sent. */
    static final Duration LOGIN_FORM = Duration.ofHours(1);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Optional<byte[]> tokenHash;
    private final Optional<Signer> signer;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    public AdminAccess(AdminSettings settings, Clock clock) {
        this.tokenHash = settings.token().map(AdminAccess::sha256);
        this.signer = settings.token().map(t -> new Signer(sha256("helpcenter admin\n" + t)));
        this.throttle = new LoginThrottle(clock);
        this.clock = clock;
    }

    /** False without a token: then every admin page is "not found". */
    public boolean enabled() {
        return tokenHash.isPresent();
    }

    /** The login form's cookie: the visitor's own if it has our shape, else a new random one. */
    public String formCookie(String current) {
        return current != null && current.matches("[A-Za-z0-9_-]{43}") ? current : random(32);
    }

    /** The hidden field of the login form: {@code millis.signature}, tied to its cookie, which another site cannot read. */
    public String loginCsrf(String formCookie) {
        String millis = Long.toString(clock.millis());
        return millis + "." + sign("login", formCookie + "\n" + millis);
    }

    /** True for a login form made for this cookie within the last {@link #LOGIN_FORM}. */
    private boolean isLoginForm(String formCookie, String csrf) {
        int dot = csrf == null ? -1 : csrf.indexOf('.');
        if (formCookie == null || dot <= 0 || !verify("login", formCookie + "\n" + csrf.substring(0, dot),
                csrf.substring(dot + 1))) {
            return false;
        }
        return withinLifetime(csrf.substring(0, dot), LOGIN_FORM);
    }

    /** True if {@code millis}, a time this server signed, is neither in the future nor older than {@code lifetime}. */
    private boolean withinLifetime(String millis, Duration lifetime) {
        Instant made;
        try {
            made = Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return false;
        }
        Instant now = clock.instant();
        return made.isBefore(now.plus(CLOCK_SKEW)) && now.isBefore(made.plus(lifetime));
    }

    /** @param address whom the throttle counts (the client's address) */
    public Login login(String formCookie, String csrf, String token, String address) {
        Optional<Duration> wait = throttle.wait(address);
        if (wait.isPresent()) {
            return new Login.Throttled(wait.get());
        }
        if (!enabled() || !isLoginForm(formCookie, csrf)) {
            return new Login.Forged();
        }
        if (token == null || !MessageDigest.isEqual(sha256(token), tokenHash.get())) {
            throttle.failed(address);
            return new Login.Wrong();
        }
        throttle.succeeded(address);
        String session = clock.millis() + "." + random(16);
        return new Login.Success(session + "." + sign("session", session));
    }

    public boolean isSession(String cookie) {
        if (!enabled() || cookie == null) {
            return false;
        }
        int last = cookie.lastIndexOf('.');
        int first = cookie.indexOf('.');
        if (first <= 0 || last <= first || !verify("session", cookie.substring(0, last), cookie.substring(last + 1))) {
            return false;
        }
        return withinLifetime(cookie.substring(0, first), SESSION)
                && !revoked.containsKey(cookie.substring(first + 1, last));
    }

    /** The hidden field of the logout form, tied to the session. */
    public String logoutCsrf(String session) {
        return sign("logout", session);
    }

    /** The hidden field of an editor's action form (such as "sync now"), tied to the session. */
    public String actionCsrf(String session) {
        return sign("action", session);
    }

    /** True for a live session whose action form is genuine. */
    public boolean isAction(String session, String csrf) {
        return isSession(session) && verify("action", session, csrf);
    }

    /** Ends the session if the form is genuine; true if it did. */
    public boolean logout(String session, String csrf) {
        if (!isSession(session) || !verify("logout", session, csrf)) {
            return false;
        }
        Instant now = clock.instant();
        revoked.values().removeIf(expiry -> expiry.isBefore(now));
        revoked.put(session.substring(session.indexOf('.') + 1, session.lastIndexOf('.')), now.plus(SESSION));
        return true;
    }

    public Duration sessionLifetime() {
        return SESSION;
    }

    private String random(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private String sign(String purpose, String value) {
        return signer.orElseThrow().sign(purpose, value);
    }

    private boolean verify(String purpose, String value, String signature) {
        return signer.isPresent() && signer.get().verify(purpose, value, signature);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
