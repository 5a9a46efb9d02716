package com.okpay.helpcenter.insights;

import static com.okpay.helpcenter.insights.InsightsTestApps.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an editor sees on /admin/insights, and the CSV downloads. */
class InsightsPageHttpTest {
    @TempDir
    static Path temp;
    static RunningApp app;
    static AdminClient editor;

    @BeforeAll
    static void start() {
        MutableClock clock = MutableClock.fixed();
        app = InsightsTestApps.start(temp, clock, Map.of());
        Recorder recorder = app.app().insights().recorder();
        recorder.search(recorder.newId(), "zh-CN", "信用卡 还款", 0, SearchSource.PAGE);
        recorder.search(recorder.newId(), "zh-CN", "信用卡还款", 0, SearchSource.INSTANT);
        recorder.search(recorder.newId(), "en", "=HYPERLINK(\"http://evil.example\",\"x\")", 0, SearchSource.PAGE);
        recorder.search(recorder.newId(), "en", "locked account", 1, SearchSource.PAGE);
        clock.advance(Duration.ofDays(1));
        recorder.search(recorder.newId(), "zh-CN", "信用卡 还款", 0, SearchSource.PAGE);
        read(app, "/articles/account/locked");
        read(app, "/en/articles/account/locked");
        ContactClient visitor = new ContactClient(app, "/contact", "198.51.100.70");
        visitor.open();
        visitor.submit(ContactClient.validFields());
        InsightsTestApps.flush(app);
        editor = new AdminClient(app, "198.51.100.71").signIn();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Document page(String path) {
        HttpResponse<String> response = editor.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), app.url(path));
    }

    @Test
    void zeroResultSearchesComeFirstWithCountLastSeenExampleAndALinkToTheSearch() {
        Document page = page("/admin/insights");
        Element table = page.selectFirst("section#zero-results table");
        assertNotNull(table);
        assertEquals(List.of("查询", "语言", "搜索次数", "最近搜索", "原始输入示例"), table.select("thead th").eachText());
        Element first = table.selectFirst("tbody tr");
        assertEquals(List.of("信用卡 还款", "zh-CN", "2", "2026-11-26 04:00", "信用卡 还款"), first.select("td").eachText());
        assertEquals("/search?q=%E4%BF%A1%E7%94%A8%E5%8D%A1+%E8%BF%98%E6%AC%BE", first.selectFirst("td a").attr("href"));
        assertEquals("zero-results", page.selectFirst("section.insights-section").id(), "the first thing an editor sees");
        assertEquals(List.of("5", "80.0%", "1", "0.0%"), page.select(".insights-figures dd").eachText());
    }

    @Test
    void theDailyChartsAreInlineSvgWithTitlesAndADataTable() {
        Document page = page("/en/admin/insights");
        List<Element> charts = page.select("figure.insights-chart svg");
        assertEquals(3, charts.size());
        for (Element svg : charts) {
            assertEquals("img", svg.attr("role"));
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertNotNull(svg.getElementById(id), id);
            }
            assertEquals(7, svg.select("rect.bar").size());
        }
        assertEquals("Searches per day", charts.get(0).selectFirst("title").text());
        assertEquals("Total 5; highest 4, on 2026-11-25.", charts.get(0).selectFirst("desc").text());
        Element data = page.selectFirst("details.insights-data table");
        assertEquals(7, data.select("tbody tr").size());
        assertEquals(List.of("2026-11-25", "4", "3", "75.0%", "0"), data.select("tbody tr").get(5).select("td").eachText());
        assertTrue(page.select("script").stream().noneMatch(s -> s.attr("src").isEmpty()), "no inline script");
    }

    @Test
    void theRangeAndLocaleFilterTheTables() {
        Document page = page("/en/admin/insights?days=30&locale=en");
        assertEquals("30", page.selectFirst("select#days option[selected]").attr("value"));
        assertEquals("en", page.selectFirst("select#locale option[selected]").attr("value"));
        assertEquals(List.of("=hyperlink http evil example x"), page.select("section#zero-results tbody tr td:first-child").eachText());
        assertEquals(30, page.selectFirst("details.insights-data table").select("tbody tr").size());
        Element viewed = page.selectFirst("section#most-viewed tbody td a");
        assertEquals("/en/articles/account/locked", viewed.attr("href"));
        assertEquals(1, page.select("section#most-viewed tbody tr").size());
        Document odd = page("/admin/insights?days=12&locale=%E4%B8&days=&locale");
        assertEquals("7", odd.selectFirst("select#days option[selected]").attr("value"), "unknown values mean the defaults");
        assertEquals("", odd.selectFirst("select#locale option[selected]").attr("value"));
    }

    @Test
    void everyTableDownloadsAsCsvWithFormulasDefused() {
        Document page = page("/en/admin/insights?locale=en");
        List<String> links = page.select("a.csv-link").eachAttr("href");
        assertEquals(ReportTables.IDS.size(), links.size());
        for (String link : links) {
            HttpResponse<String> csv = editor.get(link);
            assertEquals(200, csv.statusCode(), link);
            assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse("").toLowerCase());
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"insights-"));
            assertTrue(csv.body().startsWith("\uFEFF"), link);
        }
        HttpResponse<String> zero = editor.get("/en/admin/insights/export/zero-results?days=7&locale=en");
        assertEquals("attachment; filename=\"insights-zero-results-2026-11-20-to-2026-11-26-en.csv\"",
                zero.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lines = zero.body().lines().toList();
        assertEquals("\uFEFFQuery,Language,Searches,Last searched,Example as typed", lines.get(0));
        assertEquals("'=hyperlink http evil example x,en,1,2026-11-25 04:00,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", lines.get(1));
        assertEquals(404, editor.get("/admin/insights/export/passwords").statusCode());
        assertEquals(303, app.get("/admin/insights/export/zero-results").statusCode(), "not without signing in");
    }
}
