package com.okpay.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.LogLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start of a large site on an empty cache: {@code prepare} runs in a JVM of its own (a
 * real one, started as the server would start it), then the server finds everything derived.
 * "Large" is one file here, so the fixture site counts.
 */
class ColdStartTest {
    @TempDir
    Path temp;

    @Test
    void aLargeSiteOnAnEmptyCacheIsPreparedApartAndTheServerDerivesNothingItself() {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        List<String> log = LogLines.during(() -> {
            try (App app = App.create(config(content), Clock.systemUTC(), ColdStart.forThisJvm(1))) {
                assertEquals(0, app.caches().articles().rendered(), "every article came from the separate run's cache");
                assertTrue(app.site().current().content().articleCount() > 0);
            }
        });
        assertTrue(log.stream().anyMatch(line -> line.startsWith("cache prepared in ")), String.join("\n", log));
        assertTrue(log.stream().anyMatch(line -> line.contains("(0 documents written)")), String.join("\n", log));
    }

    @Test
    void aSmallSiteOrACacheThisBuildFilledStayInThisProcess() {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Config config = config(content);
        assertFalse(new ColdStart(ColdStartTest::noRunIsDue, 10_000).prepare(config), "a small site");
        assertEquals(0, Main.run(new String[] {"prepare", "--content", content.toString(), "--data",
                config.data().toString(), "--semantic", "false"}, System.out, System.err));
        assertFalse(new ColdStart(ColdStartTest::noRunIsDue, 1).prepare(config), "a cache this build filled");
    }

    @Test
    void aCacheAnotherBuildFilledIsPreparedAgain() throws Exception {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Config config = config(content);
        Files.createDirectories(config.cache().resolve("articles"));
        Files.writeString(config.cache().resolve("articles").resolve("versions"),
                "helpcenter known versions 1 2/123456@1700000000000\nend 0\n");
        AtomicBoolean asked = new AtomicBoolean();
        new ColdStart(() -> {
            asked.set(true);
            return List.of(); // as a JVM on C1 already answers: no run
        }, 1).prepare(config);
        assertTrue(asked.get(), "every article would be derived again: a separate run is due");
    }

    private static List<String> noRunIsDue() {
        throw new AssertionError("no separate run is due");
    }

    @Test
    void aRunThatCannotStartOrFailsLeavesTheWorkToThisProcess() throws Exception {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertFalse(new ColdStart(() -> List.of(temp.resolve("no-such-java").toString()), 1).prepare(config(content)));
        ColdStart failing = new ColdStart(() -> List.of(java.toString(), "-cp", temp.toString(), "NoSuchMain"), 1);
        assertFalse(failing.prepare(config(content)));
        try (App app = App.create(config(content), Clock.systemUTC(), failing)) {
            assertTrue(app.caches().articles().rendered() > 0, "this process derived the articles");
        }
    }

    @Test
    void theSeparateRunGetsTheHeapAndClassArchiveButNoAgentOrDebugger() {
        assertTrue(ColdStart.inherited("-Xmx512m"));
        assertTrue(ColdStart.inherited("-XX:SharedArchiveFile=target/helpcenter.jsa"));
        assertTrue(ColdStart.inherited("-XX:MaxRAMPercentage=50"));
        assertTrue(ColdStart.inherited("-Dlogback.configurationFile=ops/logback.xml"));
        assertFalse(ColdStart.inherited("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"));
        assertFalse(ColdStart.inherited("-javaagent:/opt/agent.jar"));
        assertFalse(ColdStart.inherited("-XX:StartFlightRecording=filename=x.jfr"));
        assertFalse(ColdStart.inherited("-Dcom.sun.management.jmxremote.port=9010"));
    }

    private Config config(Path content) {
        return Config.from(Map.of("content", content.toString(), "data", temp.resolve("data").toString(),
                "port", "0", "no-watch", "true", "semantic", "false"), Map.of());
    }
}
