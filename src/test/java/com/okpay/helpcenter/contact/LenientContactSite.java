package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app as the contact HTTP tests run it, once per test class: over a copy of the fixture site, on
 * a clock the test moves, with no minimum fill time, and visitors told apart by X-Forwarded-For.
 *
 * <pre>{@code @RegisterExtension static final LenientContactSite site = new LenientContactSite("203.0.113.");}</pre>
 */
final class LenientContactSite implements BeforeAllCallback, AfterAllCallback {
    private final String network;
    private final MutableClock clock = MutableClock.fixed();
    private Path folder;
    private RunningApp app;
    private int visitors;

    /** @param network the first three parts of the visitors' addresses, e.g. {@code "203.0.113."} */
    LenientContactSite(String network) {
        this.network = network;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("contact-test");
        app = RunningApp.start(Fixtures.copy("fixture-site", folder.resolve("content")), folder.resolve("data"),
                Map.of("contact-min-fill-seconds", "0", "trust-proxy", "true"), Map.of(), clock);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
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

    /** The folder holding the site's {@code content} and {@code data}. */
    Path folder() {
        return folder;
    }

    MutableClock clock() {
        return clock;
    }

    /** A new visitor with an address of its own, so rate limits never carry over between tests. */
    ContactClient visitor(String path) {
        return new ContactClient(app, path, network + (++visitors));
    }
}
