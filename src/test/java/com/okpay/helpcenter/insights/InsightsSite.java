package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh app for each test (see {@link InsightsTestApps#site}), on its own data folder and a
 * clock the test moves: {@code @RegisterExtension final InsightsSite site = new InsightsSite(Map.of());}
 */
final class InsightsSite implements BeforeEachCallback, AfterEachCallback {
    private final Map<String, String> env;
    private MutableClock clock;
    private AppUnderTest site;

    InsightsSite(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        clock = MutableClock.fixed();
        site = InsightsTestApps.site(clock, env);
        site.beforeAll(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        site.afterAll(context);
    }

    RunningApp app() {
        return site.app();
    }

    MutableClock clock() {
        return clock;
    }
}
