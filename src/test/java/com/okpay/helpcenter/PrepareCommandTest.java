package com.okpay.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.semantic.SemanticIndex;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.LogLines;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prepare}, then a server on the same content and cache folder: the server derives nothing again. */
class PrepareCommandTest {
    @TempDir
    Path temp;

    @Test
    void aServerStartedOnAPreparedCacheReadsEveryArticleFromItAndIndexesNothing() {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path data = temp.resolve("data");
        String printed = prepare(0, "--content", content.toString(), "--data", data.toString(), "--semantic", "false");
        assertTrue(printed.matches("prepared \\d+ articles in \\d+\\.\\d s into .*\\n"), printed);
        List<String> log = LogLines.during(() -> {
            try (RunningApp app = RunningApp.start(content, data)) {
                assertEquals(0, app.app().caches().articles().rendered(), "every article came from the cache");
                assertTrue(app.get("/search?q=" + java.net.URLEncoder.encode("账户", StandardCharsets.UTF_8)).body()
                        .contains("/articles/account/"), "the prepared index answers");
            }
        });
        assertTrue(log.stream().anyMatch(line -> line.contains("(0 documents written)")), String.join("\n", log));
    }

    @Test
    void withSemanticSearchItWaitsForTheVectorsSoTheServerEmbedsNothing() throws InterruptedException {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path data = temp.resolve("data");
        String printed = prepare(0, "--content", content.toString(), "--data", data.toString());
        assertTrue(printed.contains(" articles and their vectors in "), printed);
        List<String> log = LogLines.during(() -> {
            try (RunningApp app = RunningApp.start(content, data, Map.of("semantic", "true"), Map.of())) {
                SemanticIndex vectors = (SemanticIndex) app.app().site().current().semantic();
                try {
                    assertTrue(vectors.await(Duration.ofSeconds(60)), "the vectors are ready");
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        });
        assertTrue(log.stream().anyMatch(line -> line.contains("0 articles changed, 0 chunks embedded")), String.join("\n", log));
    }

    @Test
    void aMissingContentFolderAnUnknownOptionOrAStrayWordIsOneClearLine() {
        assertEquals("helpcenter: content folder not found: " + temp.resolve("nope")
                        + " (set --content DIR or HELPCENTER_CONTENT to the folder that holds site.yml)\n",
                prepare(2, "--content", temp.resolve("nope").toString(), "--data", temp.resolve("data").toString()));
        assertTrue(prepare(2, "--content", Fixtures.resource("fixture-site").toString(), "--data", temp.resolve("data").toString(),
                "--semantik", "false").startsWith("helpcenter: unknown option --semantik (did you mean --semantic?)"));
        assertTrue(prepare(2, "--content", Fixtures.resource("fixture-site").toString(), "--data", temp.resolve("data").toString(),
                "--semantic", "false", "now").startsWith("helpcenter: unexpected argument 'now'"));
    }

    @Test
    void aCacheFolderAServerIsUsingIsRefusedNotPreparedInMemory() {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path data = temp.resolve("data");
        try (RunningApp running = RunningApp.start(content, data)) {
            String err = prepare(2, "--content", content.toString(), "--data", data.toString(), "--semantic", "false");
            assertTrue(err.startsWith("helpcenter: cannot prepare " + data.resolve("cache") + ": another process uses it"), err);
        }
    }

    /** Runs {@code prepare ARGS}, expecting {@code status}; what it printed (standard error when it failed). */
    private static String prepare(int status, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] command = new String[args.length + 1];
        command[0] = "prepare";
        System.arraycopy(args, 0, command, 1, args.length);
        int actual = Main.run(command, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(status, actual, err.toString(StandardCharsets.UTF_8));
        return (status == 0 ? out : err).toString(StandardCharsets.UTF_8);
    }
}
