package com.okpay.helpcenter.gitcontent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the webhook endpoint does with bodies and signatures no git host would send. */
class WebhookBadInputHttpTest {
    @RegisterExtension
    final FollowedRepository repo = new FollowedRepository();

    @Test
    void aHugeBodyIsRefusedWithoutBeingReadWhetherItsLengthIsDeclaredOrNot() {
        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        long before = repo.site().syncs();
        assertRefused(() -> repo.site().hook(huge, Map.of("X-GitHub-Event", "push")));
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(repo.site().app.url("/hooks/content")))
                .timeout(Duration.ofSeconds(20)).header("X-GitHub-Event", "push")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();
        assertRefused(() -> repo.site().app.send(chunked));
        assertEquals(200, repo.site().app.get("/health").statusCode(), "the server is fine afterwards");
        assertEquals(before, repo.site().syncs(), "nothing pulled");
    }

    /**
     * A 413, or the connection closed by the server at the limit while the client was still
     * sending (it then may not read the 413 first): refused either way, and nothing more was read.
     */
    private static void assertRefused(java.util.function.Supplier<HttpResponse<String>> send) {
        try {
            HttpResponse<String> answer = send.get();
            assertEquals(413, answer.statusCode(), answer.body());
        } catch (java.io.UncheckedIOException closedAtTheLimit) {
            // refused by closing: the body past the limit was never read
        }
    }

    @Test
    void signedBodiesThatAreNotAPushAreBadRequests() {
        for (String body : List.of("not json", "{\"ref\":", "[1,2]", "{\"ref\":42}", "{}", "",
                "{\"ref\":\"refs/heads/main\"," + "[".repeat(5000))) {
            HttpResponse<String> answer = repo.site().hook(body, Map.of("X-GitHub-Event", "push",
                    "X-Hub-Signature-256", "sha256=" + repo.site().hmac(body)));
            assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        }
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, '{', '}'};
        assertEquals(401, repo.site().hook(notUtf8, Map.of("X-Hub-Signature-256", "sha256=zz")).statusCode());
    }

    @Test
    void aReplayedDeliveryCausesAtMostOneMoreFetchAndFetchesStayASecondApart() throws Exception {
        String body = GitSite.push("main");
        long before = repo.site().syncs();
        for (int i = 0; i < 10; i++) {
            assertEquals(202, repo.site().github(body).statusCode());
        }
        List<SyncResult> syncs = new ArrayList<>();
        SyncResult next = repo.site().awaitSync(before);
        syncs.add(next);
        while ((next = repo.site().git.awaitSync(next.number(), Duration.ofMillis(2500))) != null) {
            syncs.add(next);
        }
        assertTrue(syncs.size() <= 2, "ten deliveries, " + syncs.size() + " fetches");
        for (int i = 1; i < syncs.size(); i++) {
            assertTrue(!syncs.get(i).at().isBefore(syncs.get(i - 1).at().plus(ContentSync.MIN_GAP).minusMillis(50)),
                    "fetches at " + syncs);
        }
    }

    @Test
    void aFloodIsAnsweredWith429AndRetryAfter() {
        String body = "{}";
        HttpResponse<String> last = null;
        for (int i = 0; i < Webhook.PER_MINUTE + 1; i++) {
            last = repo.site().hook(body, Map.of("X-Hub-Signature-256", "sha256=" + "f".repeat(64)));
        }
        assertEquals(429, last.statusCode());
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }

    @Test
    void withoutASecretThereIsNoWebhookEndpoint() {
        try (GitSite plain = GitSite.start(repo.remote(), repo.folder().resolve("second"), Map.of(),
                Map.of("HELPCENTER_WEBHOOK_SECRET", ""))) {
            assertEquals(404, plain.github(GitSite.push("main")).statusCode());
        }
    }
}
