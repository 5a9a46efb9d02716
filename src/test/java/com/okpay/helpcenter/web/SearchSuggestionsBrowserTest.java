package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The suggestions under the search box in a real (headless) browser: typing, the keyboard, the
 * combobox semantics and an axe accessibility check. Skipped where no Chromium is installed.
 */
class SearchSuggestionsBrowserTest {
    @TempDir
    static Path temp;
    static RunningApp app;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        Path driver = onPath("chromedriver");
        Path chromium = Stream.of("chromium", "chromium-browser", "google-chrome").map(SearchSuggestionsBrowserTest::onPath)
                .filter(p -> p != null).findFirst().orElse(null);
        Assumptions.assumeTrue(driver != null && chromium != null, "no chromedriver and Chromium on PATH");
        app = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content")), temp.resolve("data"));
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
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
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/en/articles/account/locked"));
    }

    @Test
    void chineseSuggestionsFollowPinyinAndEnterWithoutAChoiceStillSearches() {
        browser.get(app.url("/search"));
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("tuik");
        WebElement option = waitFor(By.cssSelector("#site-search-suggestions [role=option]"));
        assertTrue(option.getText().startsWith("申请退款"), option.getText());
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=tuik"));
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

    private static WebElement waitFor(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(selector));
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
