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

    @Test
    void chosenFilesAreListedWithSizesCanBeRemovedAndWrongOnesAreRefusedBeforeUpload(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path screenshot = java.nio.file.Files.write(folder.resolve("截图.png"), SampleFiles.png());
        java.nio.file.Path log = java.nio.file.Files.write(folder.resolve("log.txt"), SampleFiles.text());
        java.nio.file.Path renamed = java.nio.file.Files.write(folder.resolve("setup.png"), SampleFiles.exe());
        java.nio.file.Path big = java.nio.file.Files.write(folder.resolve("big.pdf"),
                java.util.Arrays.copyOf(SampleFiles.pdf(), 5 * 1024 * 1024 + 1));
        browser.get(app.url("/en/contact"));
        WebElement input = browser.findElement(By.id("attachments"));
        input.sendKeys(screenshot + "\n" + log + "\n" + renamed + "\n" + big);
        WebElement chosen = browser.findElement(By.id("attachments-chosen"));
        chromium.await(d -> chosen.isDisplayed());
        List<String> items = chosen.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).matches("截图\\.png \\(\\d+ (B|KB)\\)\\s+Remove"), items.toString());
        assertTrue(items.get(1).matches("log\\.txt \\(\\d+ B\\)\\s+Remove"), items.toString());
        String refused = browser.findElement(By.id("attachments-live")).getText();
        assertTrue(refused.contains("setup.png: we accept only") && refused.contains("big.pdf: this file is larger than 5 MB"),
                refused);
        chosen.findElements(By.tagName("button")).get(1).click();
        assertEquals(1, chosen.findElements(By.tagName("li")).size());
        assertEquals(1L, ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.getElementById('attachments').files.length"));

        browser.findElement(By.id("name")).sendKeys("Li Lei");
        browser.findElement(By.id("email")).sendKeys("li.lei@example.com");
        new Select(browser.findElement(By.id("topic"))).selectByValue("general");
        browser.findElement(By.id("subject")).sendKeys("Payment failed");
        browser.findElement(By.id("message")).sendKeys("See the screenshot.");
        browser.findElement(By.cssSelector(".contact-form button[type=submit]")).click();
        chromium.await(d -> d.getCurrentUrl().contains("/en/contact/thanks/"));
        String reference = browser.findElement(By.className("reference")).getText();
        assertEquals("截图.png", ContactTestApps.scalar(app.app(),
                "SELECT file_name FROM contact_attachment WHERE reference = ?", reference));
    }

    private void assertNoViolations(String what) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertTrue(results.getViolations().isEmpty(), what + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    }
}
