package com.okpay.helpcenter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.contact.RateLimit;
import com.okpay.helpcenter.insights.Table.Cell;
import com.okpay.helpcenter.insights.Table.Column;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InsightsPartsTest {

    @Test
    void queriesTypedDifferentlyAreGroupedAsOne() {
        for (String typed : List.of("Refund card", "  refund   CARD ", "refund card?", "ＲＥＦＵＮＤ ＣＡＲＤ", "refund, card!")) {
            assertEquals("refund card", SearchText.normalized(typed), typed);
        }
        assertEquals("账户被锁定了 怎么办", SearchText.normalized("账户被锁定了，怎么办？"));
        assertEquals("don't work", SearchText.normalized("Don't work"));
    }

    @Test
    void emailsAndLongNumbersAreMaskedBeforeAnythingIsKept() {
        assertEquals("refund [email] order [number]", SearchText.normalized("Refund zhang.san@example.com order 2026112512345"));
        assertEquals("call [number] or [number]", SearchText.normalized("call 138-0013-8000 or +86 138 0013 8000"));
        assertEquals("Card [number] blocked, mail [email]", SearchText.phrasing("Card 6222 0212 3456 7890 blocked, mail a@b"));
        assertEquals("fee 2026 is 12.50", SearchText.phrasing("fee 2026 is 12.50"), "short numbers stay");
        assertEquals(SearchText.MAX_QUERY, SearchText.normalized("退".repeat(300)).length());
    }

    @Test
    void robotsAndScriptsAreToldFromBrowsers() {
        Robots robots = new Robots();
        assertFalse(robots.isRobot(InsightsTestApps.BROWSER));
        assertFalse(robots.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
        assertFalse(robots.isRobot("Mozilla/5.0 (Linux; Android 14; MI 13) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.49"));
        for (String robot : List.of("", "curl/8.5.0", "Java-http-client/17", "python-requests/2.31",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36")) {
            assertTrue(robots.isRobot(robot), robot);
        }
        assertTrue(robots.isRobot(null));
        assertTrue(robots.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"), "remembered");
    }

    @Test
    void hugeMadeUpUserAgentsCannotFillTheMemoryOfRememberedAnswers() {
        Robots robots = new Robots();
        String huge = "Mozilla/5.0 " + "x".repeat(60_000);
        for (int i = 0; i < 5_000; i++) {
            assertTrue(robots.isRobot(huge + i), "a 60 000-character header is no browser's");
        }
        assertEquals(0, robots.rememberedChars(), "and is never remembered");
        String longest = "Mozilla/5.0 " + "y".repeat(Robots.LONGEST - 20);
        for (int i = 0; i < 5_000; i++) {
            assertFalse(robots.isRobot(longest + i));
            assertTrue(robots.rememberedChars() <= Robots.REMEMBERED_CHARS, "bounded by characters, not only by count");
        }
        assertTrue(robots.rememberedChars() > 0);
    }

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() {
        assertEquals("plain", Csv.cell("plain"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("'=1+2", Csv.cell("=1+2"));
        assertEquals("'+86 138", Csv.cell("+86 138"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
        Table table = new Table("t", "T", "", List.of(new Column("查询", false), new Column("n", true)),
                List.of(List.of(Cell.of("退款"), Cell.of(3))), "none");
        assertEquals("\uFEFF查询,n\r\n退款,3\r\n", Csv.of(table));
    }

    @Test
    void textTablesLineUpChineseAndLatinText() {
        Table table = new Table("t", "Top", "", List.of(new Column("Query", false), new Column("Searches", true)),
                List.of(List.of(Cell.of("退款"), Cell.of(12)), List.of(Cell.of("refund card"), Cell.of(3))), "none");
        assertEquals("""
                Top
                  Query       Searches
                  退款              12
                  refund card        3
                """, TextTable.of(table));
        assertEquals("Top\n  none\n", TextTable.of(new Table("t", "Top", "", table.columns(), List.of(), "none")));
    }

    @Test
    void chartsScaleToTheHighestDayAndSummarizeForScreenReaders() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        Report report = new Report(new Period(day, day.plusDays(2), Optional.empty(), ZoneId.of("UTC")), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(new Report.DailyFigures(day, 10, 5, 0),
                new Report.DailyFigures(day.plusDays(1), 20, 0, 1), new Report.DailyFigures(day.plusDays(2), 0, 0, 0)),
                List.of(), new Report.Deflection(0, 0, 0));
        Texts texts = (key, args) -> key + List.of(args);
        List<Chart> charts = Chart.of(report, texts);
        Chart searches = charts.get(0);
        assertEquals("20", searches.top());
        assertEquals(List.of("84.0", "168.0", "0.0"), searches.bars().stream().map(Chart.Bar::height).toList());
        assertEquals("184.0", searches.baseline());
        assertEquals("2026-11-24: 20", searches.bars().get(1).title());
        assertEquals("insights.chart.summary[30, 20, 2026-11-24]", searches.summary());
        assertEquals("50.0%", charts.get(1).top());
        assertEquals(List.of("11-23", "11-24", "11-25"), searches.labels().stream().map(Chart.Label::text).toList());
    }

    @Test
    void settingsHaveDefaultsAndOneLineErrors() {
        InsightsSettings defaults = InsightsSettings.from(new Settings(Map.of(), Map.of()));
        assertEquals(new InsightsSettings(true, Duration.ofDays(180), 10_000, ZoneId.of("UTC"),
                Optional.of(new RateLimit(60, Duration.ofMinutes(10))), 1_000_000), defaults);
        InsightsSettings set = InsightsSettings.from(new Settings(Map.of(), Map.of("HELPCENTER_INSIGHTS_RETENTION_DAYS", "30",
                "HELPCENTER_INSIGHTS", "false", "HELPCENTER_INSIGHTS_ZONE", "Asia/Shanghai",
                "HELPCENTER_INSIGHTS_RATE_LIMIT", "off", "HELPCENTER_INSIGHTS_MAX_ROWS", "5000")));
        assertEquals(new InsightsSettings(false, Duration.ofDays(30), 10_000, ZoneId.of("Asia/Shanghai"), Optional.empty(),
                5000), set);
        assertEquals("invalid value '0' for --insights-retention-days (or HELPCENTER_INSIGHTS_RETENTION_DAYS): "
                + "expected a whole number from 1 to 3650", assertThrows(ConfigException.class, () -> InsightsSettings.from(
                new Settings(Map.of("insights-retention-days", "0"), Map.of()))).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> InsightsSettings.from(new Settings(Map.of(),
                Map.of("HELPCENTER_INSIGHTS_ZONE", "Mars/Olympus")))).getMessage().contains("a time zone such as UTC"));
    }

    @Test
    void aPeriodOfSevenDaysIsTodayAndTheSixBefore() {
        Period period = Period.lastDays(7, Optional.empty(), Instant.parse("2026-11-25T20:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertEquals(LocalDate.of(2026, 11, 20), period.from());
        assertEquals(LocalDate.of(2026, 11, 26), period.to(), "already the 26th in Beijing");
        assertEquals(Instant.parse("2026-11-19T16:00:00Z"), period.start());
        assertEquals(7, period.days());
    }
}
