package com.okpay.helpcenter.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server stopped (SIGTERM) while it embeds, or while its models load, exits cleanly. A model run
 * or load still inside ONNX Runtime as the JVM shut down crashed it with SIGSEGV (exit status 134
 * and an hs_err file in the working folder) about one stop in three; runs and loads in flight now
 * end, and later ones are refused, before the JVM exits.
 */
class StopWhileEmbeddingTest {
    @TempDir
    Path temp;

    @Test
    void aServerStoppedWhileEmbeddingExitsWithoutCrashing() throws Exception {
        // the English model loads last, then the chunks are embedded one by one
        stopRounds("semantic search: loaded bge-small-en", 150, 200);
    }

    @Test
    void aServerStoppedWhileItsModelsLoadExitsWithoutCrashing() throws Exception {
        // the models load just after the server is ready, for about half a second: four stops in
        // fourteen crashed, between 300 and 600 ms after this line, before loading was guarded too
        stopRounds("help center ready", 200, 150);
    }

    @Test
    void preparingStoppedWhileTheModelsLoadOrRunExitsWithoutCrashing() throws Exception {
        // prepare loads the models as soon as the articles are indexed, then embeds them
        stopRounds("articles: 0 from the cache", 100, 300, "prepare");
    }

    private void stopRounds(String line, long first, long step) throws Exception {
        stopRounds(line, first, step, "serve");
    }

    /**
     * Four runs of {@code command} on the bundled articles, each stopped {@code first + round * step}
     * ms after {@code line}.
     */
    private void stopRounds(String line, long first, long step, String command) throws Exception {
        Path content = Fixtures.bundledContent();
        for (int round = 0; round < 4; round++) {
            Path data = temp.resolve(command + "-data-" + round);
            List<String> args = new ArrayList<>(List.of(command, "--content", content.toString(), "--data", data.toString()));
            if (command.equals("serve")) {
                args.addAll(List.of("--port", "0", "--no-watch"));
            }
            Process server = ServerProcess.builder(args.toArray(String[]::new)).directory(temp.toFile()).start();
            try {
                ServerProcess.awaitLine(server, line);
                Thread.sleep(first + step * round);
                server.destroy(); // SIGTERM: the shutdown hook runs
                assertTrue(server.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
            } finally {
                server.destroyForcibly();
            }
            assertEquals(143, server.exitValue(), "exit status of a clean SIGTERM stop (134: the JVM crashed)");
            try (Stream<Path> files = Files.list(temp)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("hs_err")), "no JVM crash report");
            }
        }
    }
}
