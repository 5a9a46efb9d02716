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
    void aPostFromAnotherSiteOrWithAForgedStartTimeIsForgedAndAQuickOneTooFast() {
        FormGuard guard = new FormGuard(new Signer(new byte[32]), Duration.ofSeconds(3), clock);
        String cookie = guard.cookieFor(null);
        assertEquals(cookie, guard.cookieFor(cookie));
        String started = guard.startedToken();
        assertEquals(FormGuard.Verdict.TOO_FAST, guard.check(true, started, ""));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(FormGuard.Verdict.HUMAN, guard.check(true, started, ""));
        assertEquals(FormGuard.Verdict.HONEYPOT, guard.check(true, started, "x"));
        assertEquals(FormGuard.Verdict.FORGED, guard.check(false, started, ""));
        assertEquals(FormGuard.Verdict.FORGED, guard.check(true, "1" + started, ""));
        assertEquals(FormGuard.Verdict.FORGED, guard.check(true, null, ""));
        FormGuard otherKey = new FormGuard(new Signer(new byte[] {1}), Duration.ZERO, clock);
        assertEquals(FormGuard.Verdict.FORGED, otherKey.check(true, started, ""));
    }

    @Test
    void onlyPostsFromOurOwnOriginOrFromClientsThatSayNothingPass() {
        SameOrigin check = new SameOrigin("https://help.okpay.example:443/base");
        assertTrue(check.allows("same-origin", null));
        assertTrue(check.allows("none", null), "typed or bookmarked by the visitor");
        assertTrue(check.allows(null, "https://help.okpay.example"));
        assertTrue(check.allows(null, "HTTPS://Help.OKpay.example"));
        assertTrue(check.allows(null, null), "old clients send neither header");
        assertFalse(check.allows("cross-site", "https://help.okpay.example"));
        assertFalse(check.allows("same-site", null), "a sibling subdomain is another origin");
        assertFalse(check.allows(null, "https://evil.example"));
        assertFalse(check.allows(null, "null"));
        assertFalse(check.allows(null, "http://help.okpay.example"), "plain http is another origin");
        assertTrue(new SameOrigin("http://localhost:7070").allows(null, "http://localhost:7070"));
        assertFalse(new SameOrigin("http://localhost:7070").allows(null, "http://localhost:8080"));
    }

    @Test
    void aShortSecretIsOneLineSayingWhatToSet() {
        ConfigException e = assertThrows(ConfigException.class, () -> SigningKey.load(
                new Settings(Map.of(), Map.of("HELPCENTER_SECRET", "short")), Path.of("/srv/helpcenter/data")));
        assertEquals("HELPCENTER_SECRET is too short: use at least 32 random characters (e.g. the output of: "
                + "openssl rand -base64 32)", e.getMessage());
    }
}
