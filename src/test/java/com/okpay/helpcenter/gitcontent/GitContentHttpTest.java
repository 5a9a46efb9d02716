package com.okpay.helpcenter.gitcontent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End to end against a bare repository on the local disk: what editors push is what readers get. */
class GitContentHttpTest {
    static final String ARTICLE = "en/account/locked.md";
    static final String PAGE = "/en/articles/account/locked";

    @RegisterExtension
    final FollowedRepository repo = new FollowedRepository();

    @Test
    void theRepositoryIsClonedAtStartAndServed() {
        Document page = repo.site().app.page(PAGE);
        assertEquals("My account is locked", page.selectFirst("h1").text());
        assertTrue(Files.isDirectory(repo.folder().resolve("data/content-git")), "the clone lives in the data folder");
    }

    @Test
    void aSignedWebhookPublishesAPushedChangeWithinFiveSeconds() throws Exception {
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("How to recover", "How to get back in quickly"));
        repo.remote().commit("Clearer heading");
        repo.remote().push(false);
        long before = repo.site().syncs();
        long start = System.nanoTime();
        HttpResponse<String> answer = repo.site().github(GitSite.push("main"));
        assertEquals(202, answer.statusCode(), answer.body());
        SyncResult sync = repo.site().awaitSync(before);
        String body = repo.site().app.get(PAGE).body();
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertFalse(sync.failed(), sync.message());
        assertTrue(body.contains("How to get back in quickly"), body);
        assertTrue(millis < 5000, "push to visible took " + millis + " ms");
        System.out.println("webhook to visible: " + millis + " ms (" + sync.message() + ")");
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndPullsNothing() throws Exception {
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("How to recover", "Forged heading"));
        repo.remote().commit("Not to be pulled by a forged hook");
        repo.remote().push(false);
        long before = repo.site().syncs();
        String body = GitSite.push("main");
        assertEquals(401, repo.site().hook(body, Map.of("X-GitHub-Event", "push")).statusCode());
        assertEquals(401, repo.site().hook(body, Map.of("X-GitHub-Event", "push",
                "X-Hub-Signature-256", "sha256=" + "0".repeat(64))).statusCode());
        assertEquals(401, repo.site().hook(body, Map.of("X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", "wrong")).statusCode());
        assertEquals(401, repo.site().hook(body, Map.of("X-Gitea-Event", "push", "X-Gitea-Signature", "abc")).statusCode());
        // signed for another body: a replay with the payload changed
        assertEquals(401, repo.site().hook(body.replace("main", "main "), Map.of("X-GitHub-Event", "push",
                "X-Hub-Signature-256", "sha256=" + repo.site().hmac(body))).statusCode());
        assertNull(repo.site().git.awaitSync(before, Duration.ofMillis(1500)), "a refused delivery must not pull");
        assertFalse(repo.site().app.get(PAGE).body().contains("Forged heading"));
    }

    @Test
    void aForcePushThatRewritesHistoryIsServedAsPushed() throws Exception {
        RevCommit first = repo.remote().commit("nothing new");
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("How to recover", "Version that will be rewritten"));
        repo.remote().commit("To be dropped");
        repo.remote().push(false);
        long before = repo.site().syncs();
        repo.site().github(GitSite.push("main"));
        repo.site().awaitSync(before);
        assertTrue(repo.site().app.get(PAGE).body().contains("Version that will be rewritten"));

        repo.remote().resetTo(first);
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("How to recover", "Rewritten history"));
        RevCommit rewritten = repo.remote().commit("Rewritten");
        repo.remote().push(true);
        before = repo.site().syncs();
        repo.site().github(GitSite.push("main"));
        SyncResult sync = repo.site().awaitSync(before);
        assertFalse(sync.failed(), sync.message());
        String body = repo.site().app.get(PAGE).body();
        assertTrue(body.contains("Rewritten history"));
        assertFalse(body.contains("Version that will be rewritten"));
        assertEquals(rewritten.name(), repo.site().git.status().serving().hash());
    }

    @Test
    void aCommitWithBrokenYamlKeepsTheOldPageAndTheContentPageShowsPathAndLine() throws Exception {
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("tags: [locked, login]", "tags: [locked, login")
                .replace("How to recover", "Broken version"));
        repo.remote().commit("Oops: unclosed list");
        repo.remote().push(false);
        long before = repo.site().syncs();
        repo.site().github(GitSite.push("main"));
        SyncResult sync = repo.site().awaitSync(before);
        assertFalse(sync.failed(), "the pull itself worked: " + sync.message());
        String body = repo.site().app.get(PAGE).body();
        assertTrue(body.contains("How to recover"), "the last good version stays online");
        assertFalse(body.contains("Broken version"));

        Document admin = repo.site().contentPage();
        String problems = admin.select(".content-problems").text();
        assertTrue(problems.matches("(?s).*en/account/locked\\.md:\\d+.*"), problems);
        assertTrue(admin.select(".content-message").text().contains("Oops: unclosed list"));
        assertTrue(admin.select(".content-author").text().contains("Erin Editor"));
    }

    @Test
    void anUnreachableRemoteKeepsTheSiteServingAndItRecoversWhenTheRemoteReturns() throws Exception {
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("How to recover", "Published after the outage"));
        repo.remote().commit("After the outage");
        repo.remote().push(false);
        Path away = repo.remote().bare().resolveSibling("remote-away.git");
        Files.move(repo.remote().bare(), away);
        long before = repo.site().syncs();
        repo.site().github(GitSite.push("main"));
        SyncResult failed = repo.site().awaitSync(before);
        assertTrue(failed.failed(), failed.message());
        assertEquals(200, repo.site().app.get(PAGE).statusCode());
        assertTrue(repo.site().contentPage().select(".content-sync").hasClass("failed"));

        Files.move(away, repo.remote().bare());
        long start = System.nanoTime();
        SyncResult recovered = failed;
        while (recovered.failed()) {
            recovered = repo.site().awaitSync(recovered.number()); // the retry with backoff, no webhook needed
        }
        System.out.println("recovered by retry " + Duration.ofNanos(System.nanoTime() - start).toMillis()
                + " ms after the remote returned");
        assertTrue(repo.site().app.get(PAGE).body().contains("Published after the outage"));
    }

    @Test
    void pushesToOtherBranchesAndPingsPullNothing() throws Exception {
        long before = repo.site().syncs();
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("How to recover", "Only on a feature branch"));
        repo.remote().commit("feature");
        repo.remote().pushTo("feature");
        String other = GitSite.push("feature");
        HttpResponse<String> answer = repo.site().hook(other, Map.of("X-GitHub-Event", "push",
                "X-Hub-Signature-256", "sha256=" + repo.site().hmac(other)));
        assertEquals(202, answer.statusCode());
        assertTrue(answer.body().startsWith("ignored"), answer.body());
        String ping = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}";
        assertEquals(204, repo.site().hook(ping, Map.of("X-GitHub-Event", "ping",
                "X-Hub-Signature-256", "sha256=" + repo.site().hmac(ping))).statusCode());
        assertNull(repo.site().git.awaitSync(before, Duration.ofMillis(1500)));
    }

    @Test
    void gitLabAndGiteaDeliveriesAreAccepted() throws Exception {
        String body = GitSite.push("main");
        long before = repo.site().syncs();
        assertEquals(202, repo.site().hook(body, Map.of("X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", GitSite.SECRET)).statusCode());
        repo.site().awaitSync(before);
        before = repo.site().syncs();
        assertEquals(202, repo.site().hook(body, Map.of("X-Gitea-Event", "push", "X-Gitea-Signature", repo.site().hmac(body))).statusCode());
        repo.site().awaitSync(before);
    }

    @Test
    void theContentPageShowsTheCommitServedAndSyncsOnRequest() throws Exception {
        Document page = repo.site().contentPage();
        assertEquals(repo.site().git.status().serving().hash(), page.selectFirst(".content-version").text());
        String csrf = page.select("form[action$=/admin/content/sync] input[name=csrf_token]").attr("value");
        long before = repo.site().syncs();
        HttpResponse<String> forged = repo.site().app.postForm("/en/admin/content/sync", "csrf_token=forged",
                Map.of("Cookie", "hc_admin=" + repo.site().session()));
        assertEquals(303, forged.statusCode());
        HttpResponse<String> sync = repo.site().app.postForm("/en/admin/content/sync", "csrf_token=" + csrf,
                Map.of("Cookie", "hc_admin=" + repo.site().session()));
        assertEquals(303, sync.statusCode());
        assertTrue(sync.headers().firstValue("Location").orElse("").endsWith("/en/admin/content?requested=1"));
        SyncResult result = repo.site().awaitSync(before);
        assertEquals("editor", result.trigger());
        assertEquals(before + 1, result.number(), "the forged form asked for nothing");
    }

    @Test
    void anArticleWithoutUpdatedShowsItsLastCommitDateAndEditUrlGivesEveryArticleAnEditLink() throws Exception {
        assertTrue(repo.site().app.page(PAGE).select(".edit-link").isEmpty(), "no editUrl, no link");
        repo.remote().write(ARTICLE, repo.remote().read(ARTICLE).replace("updated: 2026-11-02\n", ""));
        repo.remote().write("site.yml", repo.remote().read("site.yml")
                + "editUrl: https://git.test.example/org/help/edit/main/content/{path}\n");
        repo.remote().commit("Drop the hand-written date; link to the editor", Instant.parse("2026-11-27T12:00:00Z"));
        repo.remote().push(false);
        long before = repo.site().syncs();
        repo.site().github(GitSite.push("main"));
        repo.site().awaitSync(before);

        Document page = repo.site().app.page(PAGE);
        assertEquals("2026-11-27", page.select(".meta time").attr("datetime"));
        assertEquals("https://git.test.example/org/help/edit/main/content/en/account/locked.md",
                page.select("a.edit-link").attr("href"));
        assertEquals("Edit this page", page.select("a.edit-link").text());
        assertEquals("编辑此页", repo.site().app.page("/articles/account/locked").select("a.edit-link").text());

        // a later commit dates only the files it changed
        String chinese = "zh-CN/account/locked.md";
        repo.remote().write(chinese, repo.remote().read(chinese).replaceAll("updated: [0-9-]+\\n", ""));
        repo.remote().commit("Chinese article dated by git too", Instant.parse("2026-11-28T12:00:00Z"));
        repo.remote().push(false);
        before = repo.site().syncs();
        repo.site().github(GitSite.push("main"));
        repo.site().awaitSync(before);
        assertEquals("2026-11-28", repo.site().app.page("/articles/account/locked").select(".meta time").attr("datetime"));
        assertEquals("2026-11-27", repo.site().app.page(PAGE).select(".meta time").attr("datetime"));
    }
}
