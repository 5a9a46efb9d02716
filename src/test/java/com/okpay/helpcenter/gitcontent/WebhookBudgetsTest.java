package com.okpay.helpcenter.gitcontent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.okpay.helpcenter.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Nobody without the secret can shut the git host out: unsigned posts spend only their own address's budget. */
class WebhookBudgetsTest {
    private static final String SECRET = "budget-test-secret";
    private final MutableClock clock = MutableClock.fixed();
    private final AtomicInteger pulls = new AtomicInteger();
    private final Webhook webhook = new Webhook(SECRET, "main", pulls::incrementAndGet, clock);
    private final byte[] push = GitSite.push("main").getBytes(StandardCharsets.UTF_8);

    private static UnaryOperator<String> headers(Map<String, String> values) {
        Map<String, String> anyCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        anyCase.putAll(values);
        return anyCase::get;
    }

    private WebhookAnswer signedPush() {
        return webhook.receive(headers(Map.of("X-GitHub-Event", "push",
                "X-Hub-Signature-256", "sha256=" + new WebhookSignature(SECRET).hmacHex(push))), push);
    }

    @Test
    void aFloodOfUnsignedPostsFromOneAddressLeavesTheGitHostIn() {
        for (int i = 0; i < Webhook.PER_MINUTE; i++) {
            assertNull(webhook.admit("203.0.113.9"));
            assertEquals(401, webhook.receive(headers(Map.of("X-GitHub-Event", "push")), push).status());
        }
        WebhookAnswer refused = webhook.admit("203.0.113.9");
        assertEquals(429, refused.status());
        assertEquals(Duration.ofMinutes(1), refused.retryAfter());
        assertNull(webhook.admit("140.82.115.1"), "the git host's address has its own budget");
        assertEquals(202, signedPush().status());
        assertEquals(1, pulls.get());
    }

    @Test
    void signedDeliveriesAreTakenSixtyAMinuteFromAllAddressesTogether() {
        for (int i = 0; i < Webhook.PER_MINUTE; i++) {
            assertNull(webhook.admit("140.82.115." + i));
            assertEquals(202, signedPush().status());
        }
        assertNull(webhook.admit("140.82.115.200"));
        assertEquals(429, signedPush().status());
        clock.advance(Duration.ofSeconds(61));
        assertEquals(202, signedPush().status());
    }

    @Test
    void addressesAreForgottenOldestFirstBeyondTheBound() {
        for (int i = 0; i < Webhook.PER_MINUTE; i++) {
            webhook.admit("203.0.113.9");
        }
        for (int i = 0; i < Webhook.ADDRESSES; i++) {
            webhook.admit("10.0." + (i / 256) + "." + (i % 256));
        }
        assertNull(webhook.admit("203.0.113.9"), "forgotten: the map of addresses stays bounded");
    }
}
