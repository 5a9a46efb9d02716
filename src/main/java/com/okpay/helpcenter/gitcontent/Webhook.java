package com.okpay.helpcenter.gitcontent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code POST /hooks/content}: a push to our branch, correctly signed, asks for a pull. Everything
 * else is answered without touching the repository: 401 for a missing or wrong signature, 202 for
 * other branches and events, 204 for a ping, 400 for a body that is not a push, 429 when flooded.
 * A replayed delivery is a valid one: it asks for one more pull, which {@link ContentSync} joins
 * with any other waiting and keeps a second apart.
 *
 * <p>Two budgets, so that nobody without the secret can shut the git host out: each address may
 * post {@link #PER_MINUTE} times a minute before its bodies are even read, and correctly signed
 * deliveries, from all addresses together (a git host calls from many), are taken {@link
 * #PER_MINUTE} times a minute. Unsigned posts spend only their own address's budget.
 */
final class Webhook {
    /** GitHub caps payloads at 25 MB but a push of 20 commits is well under this. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Posts per address, and signed deliveries in all, taken per minute. */
    static final int PER_MINUTE = 60;
    /** Addresses remembered at once: a flood from more addresses forgets the oldest first. */
    static final int ADDRESSES = 4096;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final WebhookSignature signature;
    private final String branch;
    private final Runnable pull;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Deque<Instant>> byAddress = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES;
        }
    };
    private final Deque<Instant> signed = new ArrayDeque<>();

    /** @param pull asks for a pull (see {@link ContentSync#request}) */
    Webhook(String secret, String branch, Runnable pull, Clock clock) {
        this.signature = new WebhookSignature(secret);
        this.branch = branch;
        this.pull = pull;
        this.clock = clock;
    }

    /** Checked before the body is read: a flood from one address is refused without reading what it sends. */
    WebhookAnswer admit(String address) {
        synchronized (byAddress) {
            return take(byAddress.computeIfAbsent(address, a -> new ArrayDeque<>()), "too many posts from your address");
        }
    }

    /** One more in {@code recent} if the window has room, else the 429 that says when it will. */
    private WebhookAnswer take(Deque<Instant> recent, String why) {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.pollFirst();
        }
        if (recent.size() >= PER_MINUTE) {
            Duration wait = Duration.between(now, recent.peekFirst().plus(WINDOW));
            return new WebhookAnswer(429, why + "; try again later", wait);
        }
        recent.addLast(now);
        return null;
    }

    /** @param headers a request header by name, any case; null when absent */
    WebhookAnswer receive(UnaryOperator<String> headers, byte[] body) {
        if (!signature.valid(headers, body)) {
            return WebhookAnswer.of(401, "signature missing or wrong: set the webhook secret to HELPCENTER_WEBHOOK_SECRET");
        }
        synchronized (signed) {
            WebhookAnswer flooded = take(signed, "too many deliveries");
            if (flooded != null) {
                return flooded;
            }
        }
        String event = event(headers);
        if (event.equals("ping")) {
            return WebhookAnswer.of(204, "");
        }
        if (!event.isEmpty() && !event.equals("push") && !event.equals("push hook")) {
            return WebhookAnswer.of(202, "ignored: " + event + " is not a push");
        }
        JsonNode push;
        try {
            push = json.readTree(body);
        } catch (JsonProcessingException e) {
            return WebhookAnswer.of(400, "the body is not JSON: choose the content type application/json");
        } catch (java.io.IOException e) {
            return WebhookAnswer.of(400, "the body cannot be read");
        }
        if (push == null || !push.isObject() || !push.path("ref").isTextual()) {
            return WebhookAnswer.of(400, "not a push event: it has no \"ref\"");
        }
        String ref = push.path("ref").asText();
        if (!ref.equals("refs/heads/" + branch)) {
            return WebhookAnswer.of(202, "ignored: push to " + ref + ", this site follows refs/heads/" + branch);
        }
        pull.run();
        return WebhookAnswer.of(202, "accepted: pulling " + branch);
    }

    private static String event(UnaryOperator<String> headers) {
        for (String name : new String[] {"X-GitHub-Event", "X-Gitea-Event", "X-Forgejo-Event", "X-Gitlab-Event"}) {
            String value = headers.apply(name);
            if (value != null) {
                return value.strip().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
