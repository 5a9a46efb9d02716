package com.okpay.helpcenter.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.Browser;
import com.okpay.helpcenter.testing.AppUnderTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** What a customer does, in a real browser over the bundled content: at desktop width and on a phone. */
class CustomerJourneyBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.bundled().withEnv(Map.of("HELPCENTER_CONTACT_MIN_FILL_SECONDS", "0"));

    private ChromeDriver driver;

    @BeforeEach
    void freshVisitor() {
        driver = browser.driver();
        browser.desktop();
        driver.get(app.url("/static/img/favicon.svg"));
        driver.manage().deleteAllCookies();
    }

    private void open(String path) {
        driver.get(app.url(path));
    }

    /** Where the browser is, without the host and the #fragment, decoded. */
    private String path() {
        String url = driver.getCurrentUrl().split("#")[0];
        return URLDecoder.decode(url.substring(app.url("").length()), StandardCharsets.UTF_8);
    }

    private String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    private WebElement find(String css) {
        return browser.await(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    private void click(String css) {
        String before = driver.getCurrentUrl();
        find(css).click();
        browser.await(d -> !d.getCurrentUrl().equals(before));
    }

    @Test
    void homeGreetsInChineseWithSearchTopicsAndContact() {
        open("/");
        assertEquals("zh-CN", lang());
        assertEquals(1, driver.findElements(By.tagName("h1")).size());
        assertTrue(find("#site-search").isEnabled());
        assertFalse(driver.findElements(By.cssSelector(".card h3 a")).isEmpty());
        assertTrue(find("footer a[href='/contact']").isDisplayed());
    }

    @Test
    void searchingInChineseKeepsTheWordsAndShowsTheSearchPage() {
        open("/");
        searchInChinese();
    }

    private void searchInChinese() {
        WebElement box = find("#site-search");
        box.sendKeys("退款");
        box.sendKeys(Keys.ENTER);
        browser.await(d -> path().startsWith("/search?q="));
        assertEquals("/search?q=退款", path());
        assertEquals("退款", find("#site-search").getAttribute("value"));
        assertEquals(1, driver.findElements(By.tagName("h1")).size());
    }

    @Test
    void pickingASuggestionWithTheKeyboardOpensTheArticle() {
        open("/");
        WebElement box = find("#site-search");
        box.sendKeys("退款");
        WebElement option = find("[role=listbox] [role=option]");
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertEquals("combobox", box.getAttribute("role"));
        box.sendKeys(Keys.ARROW_DOWN);
        browser.await(d -> !box.getAttribute("aria-activedescendant").isEmpty());
        WebElement active = driver.findElement(By.id(box.getAttribute("aria-activedescendant")));
        assertEquals("true", active.getAttribute("aria-selected"));
        assertTrue(option.isDisplayed());
        box.sendKeys(Keys.ENTER);
        browser.await(d -> path().contains("/articles/"));
        assertEquals(1, driver.findElements(By.tagName("h1")).size());
    }

    @Test
    void readingAnArticleFromTheHomePage() {
        open("/");
        readArticleFromHome();
        browser.screenshot("desktop-article-zh");
    }

    private void readArticleFromHome() {
        click(".card a[href='/articles/faq']");
        assertEquals("/articles/faq", path());
        click("a[href='/articles/faq/locked-account']");
        assertEquals("/articles/faq/locked-account", path());
        assertEquals("账户被锁定怎么办", find("h1").getText());
        List<WebElement> toc = driver.findElements(By.cssSelector("nav.toc a"));
        assertTrue(toc.size() >= 3, "table of contents");
        toc.get(1).click();
        browser.await(d -> d.getCurrentUrl().contains("#"));
    }

    @Test
    void theTableOfContentsFollowsTheSectionBeingRead() {
        open("/articles/faq/locked-account");
        List<WebElement> toc = driver.findElements(By.cssSelector("nav.toc a"));
        browser.await(d -> "location".equals(toc.get(0).getAttribute("aria-current")));
        WebElement last = toc.get(toc.size() - 1);
        String id = URLDecoder.decode(last.getAttribute("href").split("#")[1], StandardCharsets.UTF_8);
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
        browser.await(d -> "location".equals(last.getAttribute("aria-current")));
        assertEquals(1, driver.findElements(By.cssSelector("nav.toc a[aria-current]")).size());
    }

    @Test
    void aSectionLinkCanBeCopiedWithAnAnnouncedConfirmation() {
        open("/en/articles/faq/locked-account");
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", app.url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement button = find(".article-body h2 .copy-link");
        String heading = button.findElement(By.xpath("..")).getAttribute("id");
        assertTrue(button.getAttribute("aria-label").startsWith("Copy link to section: "), button.getAttribute("aria-label"));
        button.click();
        WebElement status = find("#copy-status.visible");
        assertEquals("Link copied to the clipboard.", status.getText());
        assertEquals("status", status.getAttribute("role"));
        assertTrue(driver.getCurrentUrl().endsWith("#" + heading));
        Object copied = driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], () => arguments[0](''))");
        assertEquals(app.url("/en/articles/faq/locked-account#" + heading), copied);
    }

    @Test
    void switchingLanguageLandsOnTheTranslationAndIsRemembered() {
        open("/articles/faq/locked-account");
        switchLanguage();
    }

    private void switchLanguage() {
        click("nav.languages a[hreflang='en']");
        assertEquals("/en/articles/faq/locked-account", path());
        assertEquals("en", lang());
        open("/");
        browser.await(d -> path().equals("/en"));
        click("nav.languages a[hreflang='zh-CN']");
        assertEquals("zh-CN", lang());
        open("/");
        assertEquals("/", path(), "the Chinese choice is remembered");
        assertEquals("zh-CN", lang());
    }

    @Test
    void votingThatAnArticleDidNotHelpOpensAnOptionalCommentBox() {
        open("/en/articles/faq/refund");
        find("#feedback button[value=no]").click();
        browser.await(d -> path().equals("/en/articles/faq/refund?feedback=no"));
        assertEquals("feedback", driver.switchTo().activeElement().getAttribute("id"), "focus follows the answer");
        WebElement comment = find("#feedback-comment");
        comment.sendKeys("It does not say which currencies can be refunded.");
        find("#feedback .feedback-comment button[type=submit]").click();
        browser.await(d -> path().equals("/en/articles/faq/refund?feedback=commented"));
        assertEquals("Thank you. We will use your comment to improve this article.", find("#feedback [role=status]").getText());
    }

    private void voteYes() {
        find("#feedback button[value=yes]").click();
        browser.await(d -> path().endsWith("?feedback=thanks"));
        assertTrue(find("#feedback [role=status]").isDisplayed());
    }

    @Test
    void submittingTheContactForm() {
        open("/contact");
        find("[name=name]").sendKeys("王小明");
        find("[name=email]").sendKeys("xiaoming@example.com");
        new org.openqa.selenium.support.ui.Select(find("select[name=topic]")).selectByValue("refund");
        find("[name=subject]").sendKeys("退款还没到账");
        find("[name=message]").sendKeys("我在 11 月 20 日申请了退款，至今没有到账。");
        find("[name=message]").submit();
        browser.await(d -> !path().startsWith("/contact") || d.getPageSource().matches("(?s).*OK-\\d{8}-[A-Z0-9]{4}.*"));
        assertTrue(driver.getPageSource().matches("(?s).*OK-\\d{8}-[A-Z0-9]{4}.*"), "reference number shown");
    }

    @Test
    void theWholeJourneyWorksOnA360PixelPhone() {
        browser.viewport(360, 740, true);
        open("/");
        assertFitsThePhone();
        browser.fullPageScreenshot("phone-home-zh");
        searchInChinese();
        assertFitsThePhone();
        open("/");
        readArticleFromHome();
        assertFitsThePhone();
        assertEquals("static", find("nav.toc").getCssValue("position"), "the table of contents scrolls with the text");
        browser.fullPageScreenshot("phone-article-zh");
        voteYes();
        switchLanguage();
        open("/en/articles/faq/failed-transaction");
        assertFitsThePhone();
        open("/en/contact");
        assertFitsThePhone();
    }

    private void assertFitsThePhone() {
        long width = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(width <= 360, path() + " is " + width + " px wide on a 360 px phone");
        WebElement button = find(".search-form button");
        assertTrue(button.getRect().getX() + button.getRect().getWidth() <= 360, "search button on screen");
    }
}
