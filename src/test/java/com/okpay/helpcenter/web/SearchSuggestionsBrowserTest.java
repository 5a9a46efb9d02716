package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The suggestions under the search box in a real (headless) browser: typing, the keyboard, the
 * combobox semantics and an axe accessibility check. Skipped where no Chromium is installed.
 */
class SearchSuggestionsBrowserTest {
    @RegisterExtension
    static final Browser chromium = new Browser();
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site");
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.driver();
    }

    @Test
    void typingShowsSuggestionsThatTheKeyboardCanChooseFrom() {
        browser.get(app.url("/en"));
        WebElement box = browser.findElement(By.id("site-search"));
        assertEquals("combobox", box.getAttribute("role"));
        assertEquals("false", box.getAttribute("aria-expanded"));
        box.sendKeys("lock");
        WebElement option = waitFor(By.cssSelector("#site-search-suggestions [role=option]"));
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertEquals("site-search-suggestions", box.getAttribute("aria-controls"));
        assertTrue(option.getText().startsWith("My account is locked"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(option.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", option.getAttribute("aria-selected"));
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
        chromium.await(ExpectedConditions.urlContains("/en/articles/account/locked"));
    }

    @Test
    void chineseSuggestionsFollowPinyinAndEnterWithoutAChoiceStillSearches() {
        browser.get(app.url("/search"));
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("tuik");
        WebElement option = waitFor(By.cssSelector("#site-search-suggestions [role=option]"));
        assertTrue(option.getText().startsWith("申请退款"), option.getText());
        box.sendKeys(Keys.ENTER);
        chromium.await(ExpectedConditions.urlContains("/search?q=tuik"));
        assertEquals("/articles/payments/refund",
                SearchHttpTest.plain(browser.findElement(By.cssSelector(".results h2 a")).getDomAttribute("href")));
    }

    @Test
    void searchPageWithOpenSuggestionsHasNoAccessibilityViolations() {
        browser.get(app.url("/en/search?q=locked"));
        browser.findElement(By.id("site-search")).sendKeys(" acc");
        waitFor(By.cssSelector("#site-search-suggestions [role=option]"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa")).analyze(browser);
        List<String> violations = results.getViolations().stream().map(Rule::getId).toList();
        assertTrue(violations.isEmpty(), "axe violations: " + violations);
    }

    private WebElement waitFor(By selector) {
        return chromium.await(ExpectedConditions.visibilityOfElementLocated(selector));
    }
}
