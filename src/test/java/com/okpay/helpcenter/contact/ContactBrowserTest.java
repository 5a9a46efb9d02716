package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The form in a real browser (headless Chromium, skipped where none is installed): its script,
 * the browser's own validation, cookies through a whole submission, and an axe accessibility scan.
 */
class ContactBrowserTest {
    @RegisterExtension
    static final Browser chromium = new Browser();
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site")
            .withEnv(Map.of("HELPCENTER_CONTACT_MIN_FILL_SECONDS", "0"));
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.driver();
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
        chromium.await(d -> box.isDisplayed());
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
        chromium.await(d -> d.getCurrentUrl().contains("/en/contact/thanks/"));
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
        chromium.await(d -> !d.findElements(By.className("error-summary")).isEmpty());
        assertNoViolations("/contact with errors");
    }

    private void assertNoViolations(String what) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertTrue(results.getViolations().isEmpty(), what + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    }
}
