package com.okpay.helpcenter.browser;

import com.okpay.helpcenter.testing.Browser;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test but a tool for reviewing the design: full-page screenshots of the main pages at
 * phone and desktop width, light, dark and print, into target/screenshots/tour-*.png.
 * {@code ./mvnw -o test -Dtest=ScreenshotTour -Dscreenshots=true}
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotTour {
    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.bundled();

    @Test
    void takeTheTour() {
        Map<String, String> pages = Map.of("home-zh", "/?lang=zh-CN", "article-zh", "/articles/faq/locked-account",
                "faq-en", "/en/articles/faq/common-questions", "category-en", "/en/articles/contact-support",
                "contact-zh", "/contact", "notfound-en", "/en/nothing", "search-zh", "/search?q=%E9%80%80%E6%AC%BE",
                "article-en", "/en/articles/faq/failed-transaction", "feedback-en", "/en/articles/faq/refund?feedback=no");
        String only = System.getProperty("tour.pages", "");
        for (String device : List.of("phone", "desktop")) {
            for (String scheme : List.of("light", "dark", "print")) {
                if (device.equals("phone")) {
                    browser.viewport(360, 740, true);
                } else {
                    browser.viewport(1280, 900, false);
                }
                if (scheme.equals("print")) {
                    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                } else {
                    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
                    browser.colorScheme(scheme);
                }
                pages.forEach((name, path) -> {
                    if (only.isEmpty() || only.contains(name)) {
                        browser.driver().get(app.url(path));
                        browser.fullPageScreenshot("tour-" + name + "-" + device + "-" + scheme);
                    }
                });
            }
        }
    }
}
