package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
    private final AppUnderTest site = AppUnderTest.fixture("fixture-site")
            .withFlags(Map.of("contact-min-fill-seconds", "0", "trust-proxy", "true")).withClock(clock);
    private int visitors;

    /** @param network the first three parts of the visitors' addresses, e.g. {@code "203.0.113."} */
    LenientContactSite(String network) {
        this.network = network;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        site.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        site.afterAll(context);
    }

    RunningApp app() {
        return site.app();
    }

    /** The folder holding the site's {@code content} and {@code data}. */
    Path folder() {
        return site.folder();
    }

    MutableClock clock() {
        return clock;
    }

    /** A new visitor with an address of its own, so rate limits never carry over between tests. */
    ContactClient visitor(String path) {
        return new ContactClient(site.app(), path, network + (++visitors));
    }
}
