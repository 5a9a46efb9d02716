package com.okpay.helpcenter.gitcontent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated deliveries (seeded, so a failure repeats): random bytes, mangled JSON,
 * random headers and signatures. Whatever comes in, the answer is one of the expected statuses,
 * and a pull is asked for only by a correctly signed push to the followed branch.
 */
class WebhookFuzzTest {
    static final String SECRET = "fuzz-secret-0123456789abcdef";
    static final Set<Integer> STATUSES = Set.of(202, 204, 400, 401);
    static final List<String> EVENTS = List.of("push", "Push Hook", "ping", "issues", "", "PUSH", "pull_request");
    static final List<String> BODIES = List.of("{\"ref\":\"refs/heads/main\"}", "{\"ref\":\"refs/heads/dev\"}", "{}",
            "[]", "null", "{\"ref\":1}", "{\"ref\":null}", "{\"ref\":\"refs/heads/main\"", "\"ref\"", "",
            "{\"ref\":\"refs/heads/main\",\"x\":" + "[".repeat(2000) + "}", "\u0000\u0001", "{\"ref\":\"refs/heads/ma\\u0069n\"}");

    final AtomicInteger pulls = new AtomicInteger();
    /** A second and a bit between deliveries: under the signed deliveries' budget (see {@link WebhookBudgetsTest}). */
    final MutableClock clock = MutableClock.fixed();
    final Webhook webhook = new Webhook(SECRET, "main", pulls::incrementAndGet, clock);
    final WebhookSignature signer = new WebhookSignature(SECRET);

    @Test
    void randomDeliveriesGetAnExpectedAnswerAndOnlyASignedPushToMainPulls() {
        Random random = new Random(14);
        for (int i = 0; i < 5000; i++) {
            byte[] body = body(random);
            String event = EVENTS.get(random.nextInt(EVENTS.size()));
            Map<String, String> headers = new HashMap<>();
            int signing = random.nextInt(6);
            boolean signed = signing < 3;
            switch (signing) {
                case 0 -> headers.put("x-hub-signature-256", "sha256=" + signer.hmacHex(body));
                case 1 -> headers.put("x-gitea-signature", signer.hmacHex(body));
                case 2 -> headers.put("x-gitlab-token", SECRET);
                case 3 -> headers.put("x-hub-signature-256", "sha256=" + mutate(signer.hmacHex(body), random));
                case 4 -> headers.put("x-gitlab-token", mutate(SECRET, random));
                default -> { }
            }
            if (!event.isEmpty()) {
                headers.put(signing == 2 || signing == 4 ? "x-gitlab-event" : "x-github-event", event);
            }
            int before = pulls.get();
            clock.advance(Duration.ofMillis(1100));
            WebhookAnswer answer = webhook.receive(lookup(headers), body);
            String text = new String(body, StandardCharsets.UTF_8);
            assertTrue(STATUSES.contains(answer.status()), answer + " for " + headers);
            boolean push = event.isEmpty() || event.equalsIgnoreCase("push") || event.equalsIgnoreCase("push hook");
            boolean toMain = text.startsWith("{\"ref\":\"refs/heads/main\"") || text.startsWith("{\"ref\":\"refs/heads/ma\\u0069n\"}");
            boolean pulled = pulls.get() > before;
            if (!signed) {
                assertEquals(401, answer.status(), "unsigned or forged: " + headers);
            }
            assertEquals(signed && push && toMain && answer.status() == 202, pulled, answer + " " + headers + " " + text);
        }
    }

    private static byte[] body(Random random) {
        if (random.nextInt(4) == 0) {
            byte[] noise = new byte[random.nextInt(3000)];
            random.nextBytes(noise);
            return noise;
        }
        String base = BODIES.get(random.nextInt(BODIES.size()));
        if (random.nextInt(3) == 0 && !base.isEmpty()) {
            StringBuilder mangled = new StringBuilder(base);
            mangled.setCharAt(random.nextInt(mangled.length()), (char) (32 + random.nextInt(95)));
            base = mangled.toString();
        }
        return base.getBytes(StandardCharsets.UTF_8);
    }

    /** The same value with one character changed (or cut short, or left as it is but upper-cased). */
    private static String mutate(String value, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> value.substring(0, value.length() - 1);
            case 1 -> {
                char[] chars = value.toCharArray();
                int at = random.nextInt(chars.length);
                chars[at] = chars[at] == '0' ? '1' : '0';
                yield new String(chars);
            }
            default -> value + "0";
        };
    }

    private static UnaryOperator<String> lookup(Map<String, String> headers) {
        return name -> headers.get(name.toLowerCase(Locale.ROOT));
    }
}
