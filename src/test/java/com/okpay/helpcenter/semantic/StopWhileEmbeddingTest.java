package com.okpay.helpcenter.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server stopped (SIGTERM) while it embeds exits cleanly. A model run still inside ONNX Runtime
 * as the JVM shut down crashed it with SIGSEGV (exit status 134 and an hs_err file in the working
 * folder) about one stop in three; the embedder now lets its run end and refuses new ones first.
 */
class StopWhileEmbeddingTest {
    @TempDir
    Path temp;

    @Test
    void aServerStoppedWhileEmbeddingExitsWithoutCrashing() throws Exception {
        // the bundled articles: enough chunks that the stop comes while they are being embedded
        Path content = Fixtures.bundledContent();
        for (int round = 0; round < 4; round++) {
            Path data = temp.resolve("data-" + round);
            Process server = ServerProcess.builder("--content", content.toString(), "--data", data.toString(),
                    "--port", "0", "--no-watch").directory(temp.toFile()).start();
            try {
                // the English model loads last, then the chunks are embedded one by one
                ServerProcess.awaitLine(server, "semantic search: loaded bge-small-en");
                Thread.sleep(150L + 200L * round);
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
