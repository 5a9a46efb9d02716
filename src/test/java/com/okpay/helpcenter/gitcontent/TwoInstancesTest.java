package com.okpay.helpcenter.gitcontent;

import com.okpay.helpcenter.testing.GitRemote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances behind one (imagined) load balancer, sharing an embedded PostgreSQL: the webhook
 * reaches only the first, and the second learns of the commit through the database.
 */
class TwoInstancesTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    @TempDir
    Path folder;

    @Test
    void aWebhookToOneInstanceBringsBothToTheNewCommitWithinTenSeconds() throws Exception {
        String url = databases.postgresUrl();
        Map<String, String> flags = Map.of("db-url", url, "db-user", "postgres");
        try (GitRemote remote = GitRemote.withSite(folder, "fixture-site", "help/content");
             GitSite first = GitSite.start(remote, folder.resolve("one"), with(flags), Map.of());
             GitSite second = GitSite.start(remote, folder.resolve("two"), with(flags), Map.of())) {
            String article = "help/content/" + GitContentHttpTest.ARTICLE;
            remote.write(article, remote.read(article).replace("How to recover", "Served by every instance"));
            RevCommit pushed = remote.commit("For both instances");
            remote.push(false);

            long secondBefore = second.syncs();
            long start = System.nanoTime();
            assertEquals(202, first.github(GitSite.push("main")).statusCode());
            SyncResult sync = second.git.awaitSync(secondBefore, Duration.ofSeconds(10));
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(sync != null && !sync.failed(), "the second instance pulled: " + sync);
            assertEquals("another instance", sync.trigger());
            assertEquals(pushed.name(), second.git.status().serving().hash());
            assertEquals(pushed.name(), first.git.status().serving().hash());
            for (GitSite site : new GitSite[] {first, second}) {
                assertTrue(site.app.get(GitContentHttpTest.PAGE).body().contains("Served by every instance"));
            }
            assertTrue(millis < 10_000, "webhook to second instance took " + millis + " ms");
            System.out.println("webhook on one instance to the other serving it: " + millis + " ms");
        }
    }

    private static Map<String, String> with(Map<String, String> flags) {
        Map<String, String> all = new java.util.HashMap<>(flags);
        all.put("content-git-dir", "help/content");
        return all;
    }
}
