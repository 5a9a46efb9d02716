package com.okpay.helpcenter.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The server as a JVM of its own, for what only a whole process shows: a kill, a stop, a crash. */
public final class ServerProcess {
    private ServerProcess() {
    }

    /** {@code Main} on the tests' class path with these arguments; its output and errors in one stream. */
    public static ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "com.okpay.helpcenter.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Waits for the server to log {@code text}: a signal, not a guess at how long start-up takes. */
    public static void awaitLine(Process process, String text) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.contains(text)) {
                        // keep draining so the server never blocks on a full pipe
                        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertTrue(seen.get(120, TimeUnit.SECONDS), "the server never logged: " + text);
    }
}
