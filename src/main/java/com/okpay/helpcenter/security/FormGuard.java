package com.okpay.helpcenter.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Tells people from forged or scripted posts. Whether the post came from one of our pages (CSRF)
 * is decided by the web layer from the browser's {@code Sec-Fetch-Site}/{@code Origin} headers and
 * handed in. Bots: a honeypot field people never see, and a signed "form shown at" time that must
 * be at least the minimum fill time old. That time also makes the form expire after
 * {@link #LIFETIME}: a token copied out of a page cannot be replayed for ever; a visitor who
 * left the form open that long is shown it again with what they typed and a fresh token.
 */
public final class FormGuard {
    public static final String STARTED_FIELD = "form_started";
    public static final String HONEYPOT_FIELD = "website";

    /** What a post turned out to be. */
    public enum Verdict { HUMAN, FORGED, HONEYPOT, TOO_FAST, EXPIRED }

    /** How long a shown contact form can be sent: a day, so a form left open over lunch or overnight still works. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final Pattern COOKIE_VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();
    private final Signer signer;
    private final Duration minFillTime;
    private final Clock clock;

    public FormGuard(Signer signer, Duration minFillTime, Clock clock) {
        this.signer = signer;
        this.minFillTime = minFillTime;
        this.clock = clock;
    }

    /** The visitor's id cookie if it is one of ours in shape, else a new random one. */
    public String cookieFor(String current) {
        if (current != null && COOKIE_VALUE.matcher(current).matches()) {
            return current;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The time the form is shown, signed: {@code millis.signature}. */
    public String startedToken() {
        String millis = Long.toString(clock.millis());
        return millis + "." + signer.sign("started", millis);
    }

    /** True if {@code token} is a started token this site signed and not expired (worth keeping on a re-shown form). */
    public boolean isGenuineStart(String token) {
        long started = startedAt(token);
        return started >= 0 && !expired(started);
    }

    /** @param sameOrigin whether the browser said the post comes from one of our own pages */
    public Verdict check(boolean sameOrigin, String startedToken, String honeypot) {
        if (!sameOrigin) {
            return Verdict.FORGED;
        }
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.HONEYPOT;
        }
        long started = startedAt(startedToken);
        if (started < 0) {
            return Verdict.FORGED;
        }
        if (expired(started)) {
            return Verdict.EXPIRED;
        }
        return clock.millis() - started < minFillTime.toMillis() ? Verdict.TOO_FAST : Verdict.HUMAN;
    }

    private boolean expired(long started) {
        return clock.millis() - started > LIFETIME.toMillis();
    }

    private long startedAt(String token) {
        if (token == null) {
            return -1;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || !signer.verify("started", token.substring(0, dot), token.substring(dot + 1))) {
            return -1;
        }
        try {
            return Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
