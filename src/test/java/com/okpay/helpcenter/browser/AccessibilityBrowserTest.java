package com.okpay.helpcenter.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.okpay.helpcenter.testing.Browser;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * axe-core on every kind of page in both languages and both colour schemes: zero violations of
 * WCAG 2.2 A/AA or axe's best practices. Then what axe cannot see: keyboard focus stays visible.
 */
class AccessibilityBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.bundled();

    private static final String[] PAGES = {"", "/articles/faq", "/articles/faq/locked-account",
        "/articles/faq/common-questions", "/articles/faq/refund?feedback=no", "/articles/faq/refund?feedback=expired",
        "/search?q=%E9%80%80%E6%AC%BE", "/search", "/contact", "/no/such/page"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN light", "en light", "zh-CN dark", "en dark", "zh-CN light phone"})
    void everyKindOfPageHasNoAxeViolations(String variant) {
        String[] parts = variant.split(" ");
        String prefix = parts[0].equals("en") ? "/en" : "";
        browser.colorScheme(parts[1]);
        if (variant.endsWith("phone")) {
            browser.viewport(360, 740, true);
        }
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            String path = prefix.isEmpty() && page.isEmpty() ? "/?lang=zh-CN" : prefix + page;
            browser.driver().get(app.url(path));
            Results results = new AxeBuilder().analyze(browser.driver());
            for (Rule violation : results.getViolations()) {
                problems.add(path + " [" + parts[1] + "]: " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getHelp() + " at " + violation.getNodes().stream()
                        .map(n -> n.getTarget().toString() + " " + n.getFailureSummary()).collect(Collectors.joining("; ")));
            }
        }
        browser.colorScheme("light");
        browser.desktop();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void keyboardFocusIsAlwaysVisibleAndTheSkipLinkComesFirst() {
        browser.driver().get(app.url("/articles/faq/locked-account"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement first = browser.driver().switchTo().activeElement();
        assertEquals("skip-link", first.getAttribute("class"));
        assertTrue(first.getRect().getY() >= 0, "the skip link shows itself when focused");
        first.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"), "skip link moves focus to main");
        for (int i = 0; i < 25; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            String outline = focused.getCssValue("outline-style");
            assertTrue(!outline.equals("none") || !focused.getCssValue("box-shadow").equals("none"),
                    "visible focus on " + focused.getTagName() + " " + focused.getText());
        }
    }
}
