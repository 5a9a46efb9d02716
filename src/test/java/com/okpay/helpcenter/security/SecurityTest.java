package com.okpay.helpcenter.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared security primitives: settings read once, signed form tokens, the signing key. */
class SecurityTest {
    final MutableClock clock = MutableClock.fixed();

    @Test
    void settingsAreReadOnceWithSafeDefaults() {
        SecuritySettings defaults = SecuritySettings.from(new Settings(Map.of(), Map.of()), "http://localhost:7070");
        assertFalse(defaults.trustProxy());
        assertFalse(defaults.httpsSite());
        assertEquals(Duration.ofSeconds(3), defaults.minFillTime());
        SecuritySettings set = SecuritySettings.from(new Settings(Map.of("trust-proxy", "true"),
                Map.of("HELPCENTER_CONTACT_MIN_FILL_SECONDS", "0")), "https://help.okpay.example");
        assertTrue(set.trustProxy());
        assertTrue(set.httpsSite());
        assertEquals(Duration.ZERO, set.minFillTime());
    }

    @Test
    void formTokensAreBoundToTheCookieAndTheStartTimeCannotBeForged() {
        FormGuard guard = new FormGuard(new Signer(new byte[32]), Duration.ofSeconds(3), clock);
        String cookie = guard.cookieFor(null);
        assertEquals(cookie, guard.cookieFor(cookie));
        String csrf = guard.csrfToken(cookie);
        String started = guard.startedToken();
        assertEquals(FormGuard.Verdict.TOO_FAST, guard.check(cookie, csrf, started, ""));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(FormGuard.Verdict.HUMAN, guard.check(cookie, csrf, started, ""));
        assertEquals(FormGuard.Verdict.HONEYPOT, guard.check(cookie, csrf, started, "x"));
        assertEquals(FormGuard.Verdict.FORGED, guard.check(guard.cookieFor("other"), csrf, started, ""));
        assertEquals(FormGuard.Verdict.FORGED, guard.check(null, csrf, started, ""));
        assertEquals(FormGuard.Verdict.FORGED, guard.check(cookie, csrf, "1" + started, ""));
        assertEquals(FormGuard.Verdict.FORGED, guard.check(cookie, csrf, null, ""));
        FormGuard otherKey = new FormGuard(new Signer(new byte[] {1}), Duration.ZERO, clock);
        assertEquals(FormGuard.Verdict.FORGED, otherKey.check(cookie, csrf, started, ""));
    }

    @Test
    void aShortSecretIsOneLineSayingWhatToSet() {
        ConfigException e = assertThrows(ConfigException.class, () -> SigningKey.load(
                new Settings(Map.of(), Map.of("HELPCENTER_SECRET", "short")), Path.of("/srv/helpcenter/data")));
        assertEquals("HELPCENTER_SECRET is too short: use at least 32 random characters (e.g. the output of: "
                + "openssl rand -base64 32)", e.getMessage());
    }
}
