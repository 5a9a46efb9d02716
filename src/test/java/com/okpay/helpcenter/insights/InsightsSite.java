package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh app for each test (see {@link InsightsTestApps#start}), on its own data folder and a
 * clock the test moves: {@code @RegisterExtension final InsightsSite site = new InsightsSite(Map.of());}
 */
final class InsightsSite implements BeforeEachCallback, AfterEachCallback {
    private final Map<String, String> env;
    private Path folder;
    private MutableClock clock;
    private RunningApp app;

    InsightsSite(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("insights-test");
        clock = MutableClock.fixed();
        app = InsightsTestApps.start(folder, clock, env);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (app != null) {
            app.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    RunningApp app() {
        return app;
    }

    MutableClock clock() {
        return clock;
    }
}
