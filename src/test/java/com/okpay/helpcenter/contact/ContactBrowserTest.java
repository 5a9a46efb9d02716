package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The form in a real browser (headless Chromium, skipped where none is installed): its script,
 * the browser's own validation, cookies through a whole submission, and an axe accessibility scan.
 */
class ContactBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    @TempDir
    static Path temp;
    static RunningApp app;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no Chromium here");
        app = RunningApp.start(Fixtures.copy("fixture-site", temp.resolve("content")), temp.resolve("data"),
                Map.of("contact-min-fill-seconds", "0"), Map.of());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1400");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
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
    void paymentDetailsAppearOnlyForTopicsThatAskForThem() {
        browser.get(app.url("/en/contact"));
        WebElement details = browser.findElement(By.id("details"));
        Select topic = new Select(browser.findElement(By.id("topic")));
        assertTrue(details.isDisplayed(), "nothing chosen yet: shown");
        topic.selectByValue("general");
        assertFalse(details.isDisplayed());
        topic.selectByValue("refund");
        assertTrue(details.isDisplayed());
    }

    @Test
    void typingASubjectSuggestsMatchingArticles() {
        browser.get(app.url("/contact"));
        browser.findElement(By.id("subject")).sendKeys("退款");
        WebElement box = browser.findElement(By.id("subject-suggestions"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> box.isDisplayed());
        List<String> links = box.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
        // each suggestion carries the form visit's token (?fid=) so that opening it counts towards deflection
        assertTrue(links.stream().anyMatch(h -> h.contains("/articles/payments/refund?fid=")), links.toString());
        assertTrue(links.size() <= 5);
    }

    @Test
    void theBrowserRefusesAnEmptyFormAndAFilledOneReachesItsConfirmation() {
        browser.get(app.url("/en/contact"));
        browser.findElement(By.cssSelector(".contact-form button[type=submit]")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/en/contact"), "native validation kept the page");
        assertEquals(Boolean.FALSE, ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.querySelector('.contact-form').checkValidity()"));
        browser.findElement(By.id("name")).sendKeys("Li Lei");
        browser.findElement(By.id("email")).sendKeys("li.lei@example.com");
        new Select(browser.findElement(By.id("topic"))).selectByValue("refund");
        browser.findElement(By.id("subject")).sendKeys("Refund not received");
        browser.findElement(By.id("message")).sendKeys("I asked for a refund a week ago.\nIt has not arrived.");
        browser.findElement(By.id("amount")).sendKeys("99.50");
        browser.findElement(By.cssSelector(".contact-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/en/contact/thanks/"));
        assertTrue(browser.findElement(By.className("reference")).getText().matches("OK-\\d{8}-[A-Z0-9]{4}"));
        assertEquals(List.of("Refund", "1-3 business days"), browser.findElements(By.cssSelector(".thanks-facts dd"))
                .stream().map(WebElement::getText).toList());
        assertNoViolations("the confirmation page");
    }

    @Test
    void theFormAndItsErrorsPassAnAccessibilityScan() {
        browser.get(app.url("/contact"));
        assertNoViolations("/contact");
        browser.findElement(By.id("name")).sendKeys("张三");
        browser.findElement(By.id("email")).sendKeys("zhang@example");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.querySelector('.contact-form').noValidate = true");
        browser.findElement(By.cssSelector(".contact-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.className("error-summary")).isEmpty());
        assertNoViolations("/contact with errors");
    }

    private static void assertNoViolations(String what) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertTrue(results.getViolations().isEmpty(), what + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    }
}
