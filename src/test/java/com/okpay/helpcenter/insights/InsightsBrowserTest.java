package com.okpay.helpcenter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.okpay.helpcenter.testing.Browser;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An editor signs in with a real browser; the insights pages pass axe-core in both languages and schemes. */
class InsightsBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();
    static RunningApp app;

    @BeforeAll
    static void start() throws IOException {
        app = InsightsTestApps.start(Files.createTempDirectory("insights-browser"), MutableClock.fixed(), Map.of());
        Recorder recorder = app.app().insights().recorder();
        recorder.search(recorder.newId(), "zh-CN", "信用卡 还款", 0, SearchSource.PAGE);
        recorder.search(recorder.newId(), "en", "refund card", 2, SearchSource.PAGE);
        InsightsTestApps.read(app, "/articles/account/locked");
        InsightsTestApps.flush(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anEditorSignsInAndThePagesHaveNoAxeViolations() {
        browser.driver().executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", InsightsTestApps.BROWSER));
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(app.url("/admin/insights"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/login"));
        List<String> problems = new ArrayList<>(axe("login"));
        browser.driver().findElement(By.id("token")).sendKeys(InsightsTestApps.TOKEN);
        browser.driver().findElement(By.cssSelector("form.admin-login button[type=submit]")).click();
        browser.await(d -> d.getCurrentUrl().endsWith("/admin/insights"));
        assertEquals("数据洞察", browser.driver().findElement(By.tagName("h1")).getText());
        for (String variant : List.of("/admin/insights light", "/en/admin/insights?days=30 light",
                "/admin/insights dark", "/en/admin/insights dark")) {
            String[] parts = variant.split(" ");
            browser.colorScheme(parts[1]);
            browser.driver().get(app.url(parts[0]));
            browser.driver().findElement(By.cssSelector("details.insights-data summary")).click();
            problems.addAll(axe(variant));
            if (System.getProperty("screenshots") != null) {
                browser.fullPageScreenshot("insights-" + parts[0].replaceAll("\\W+", "-") + parts[1]);
            }
        }
        browser.colorScheme("light");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSearchBoxCountsTheQueryTheVisitorSettledOnOnceWithTheSuggestionOpened() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.driver().executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", InsightsTestApps.BROWSER));
        int before = InsightsTestApps.rows(app, "insight_search").size();
        browser.driver().get(app.url("/en"));
        WebElement box = browser.driver().findElement(By.id("site-search"));
        for (String key : List.of("l", "o", "c", "k")) {
            box.sendKeys(key);
        }
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#site-search-suggestions [role=option]")));
        List<Map<String, String>> searches = awaitRows("insight_search", before + 1);
        Map<String, String> settled = searches.get(searches.size() - 1);
        assertEquals("lock", settled.get("query"));
        assertEquals("instant", settled.get("source"));
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.await(ExpectedConditions.urlContains("/en/articles/account/locked"));
        assertTrue(!browser.driver().getCurrentUrl().contains("sid="), "the marker leaves the address bar");
        assertEquals(List.of(settled.get("id")), awaitRows("insight_click", 1).stream().map(r -> r.get("search_id")).toList());

        box = browser.driver().findElement(By.id("site-search"));
        box.sendKeys("locked acc", Keys.ENTER);
        browser.await(ExpectedConditions.urlContains("/en/search?q=locked+acc"));
        Thread.sleep(2000);
        List<Map<String, String>> all = awaitRows("insight_search", before + 2);
        assertEquals(before + 2, all.size(), "submitted before it settled: counted once, by the results page");
        assertEquals("page", all.get(all.size() - 1).get("source"));
        // the results page is the same bytes for everyone; insights.js adds this search's id from Server-Timing
        WebElement result = browser.driver().findElement(By.cssSelector("ol.results a"));
        assertTrue(result.getAttribute("href").contains("sid=" + all.get(all.size() - 1).get("id")), result.getAttribute("href"));
        result.click();
        browser.await(ExpectedConditions.urlContains("/en/articles/"));
        assertEquals(all.get(all.size() - 1).get("id"), awaitRows("insight_click", 2).get(1).get("search_id"),
                "the result opened is tied to the page's search");
        browser.driver().executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", ""));
    }

    /** Waits for a table to have at least {@code count} rows, in the order written. */
    private static List<Map<String, String>> awaitRows(String table, int count) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            InsightsTestApps.flush(app);
            List<Map<String, String>> rows = InsightsTestApps.rows(app, table);
            if (rows.size() >= count || System.nanoTime() > deadline) {
                return rows;
            }
            Thread.sleep(100);
        }
    }

    private static List<String> axe(String where) {
        List<String> problems = new ArrayList<>();
        for (Rule violation : new AxeBuilder().analyze(browser.driver()).getViolations()) {
            problems.add(where + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                    + " at " + violation.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary())
                    .collect(Collectors.joining("; ")));
        }
        return problems;
    }
}
