package com.okpay.helpcenter.insights;

import static com.okpay.helpcenter.insights.InsightsTestApps.read;
import static com.okpay.helpcenter.insights.InsightsTestApps.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.insights.Report.ArticleViews;
import com.okpay.helpcenter.testing.ContactClient;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InsightsRecordingHttpTest {
    @RegisterExtension
    final InsightsSite site = new InsightsSite(Map.of());

    @Test
    void articleViewsCountReadersButNotRobotsPrefetchesHeadChecksOrMissingPages() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, read(site.app(), "/articles/account/locked").statusCode());
        }
        read(site.app(), "/en/articles/account/locked");
        site.app().get("/articles/account/locked");
        site.app().get("/articles/account/locked", Map.of("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        site.app().get("/articles/account/locked", Map.of("User-Agent", "curl/8.5.0"));
        site.app().get("/articles/account/locked", Map.of("User-Agent", InsightsTestApps.BROWSER, "Sec-Purpose", "prefetch"));
        assertEquals(200, site.app().head("/articles/account/locked", Map.of("User-Agent", InsightsTestApps.BROWSER)).statusCode());
        read(site.app(), "/articles/account/nothing-here");
        assertEquals(List.of(new ArticleViews("zh-CN/account/locked", "zh-CN", 3), new ArticleViews("en/account/locked", "en", 1)),
                report(site.app(), 7, null).mostViewed());
        assertEquals(List.of(new ArticleViews("en/account/locked", "en", 1)), report(site.app(), 7, "en").mostViewed());
    }

    @Test
    void anEditorSignedInIsNotCountedAsAReader() throws Exception {
        AdminClient editor = new AdminClient(site.app(), "198.51.100.20").signIn();
        assertEquals(200, editor.get("/articles/account/locked").statusCode());
        assertTrue(report(site.app(), 7, null).mostViewed().isEmpty());
        read(site.app(), "/articles/account/locked");
        assertEquals(200, editor.get("/articles/account/locked").statusCode(), "now answered before routing");
        assertEquals(1, report(site.app(), 7, null).mostViewed().get(0).views());
    }

    @Test
    void viewsOfEarlierDaysFallOutOfTheChosenPeriod() throws Exception {
        read(site.app(), "/articles/account/locked");
        site.clock().advance(Duration.ofDays(8));
        read(site.app(), "/articles/payments/refund");
        assertEquals(List.of("zh-CN/payments/refund"), report(site.app(), 7, null).mostViewed().stream().map(ArticleViews::article).toList());
        assertEquals(2, report(site.app(), 30, null).mostViewed().size());
    }

    @Test
    void contactRequestsAreCountedByTopicAndWeek() throws Exception {
        send("general", "198.51.100.30");
        send("general", "198.51.100.31");
        send("refund", "198.51.100.32");
        site.clock().advance(Duration.ofDays(7));
        send("refund", "198.51.100.33");
        Report report = report(site.app(), 30, null);
        assertEquals(4, report.contactRequests());
        LocalDate today = LocalDate.ofInstant(site.clock().instant(), ZoneOffset.UTC);
        assertEquals(List.of(new Report.TopicCount(today.minusDays(7), "general", 2),
                new Report.TopicCount(today.minusDays(7), "refund", 1), new Report.TopicCount(today, "refund", 1)),
                report.contactTopics());
        assertEquals(List.of(today.minusDays(7).with(DayOfWeek.MONDAY), today.with(DayOfWeek.MONDAY)),
                report.contactTopics().stream().map(Report.TopicCount::week).distinct().toList());
    }

    @Test
    void aVisitorWhoOpensASuggestionAndDoesNotWriteWithinHalfAnHourIsDeflected() throws Exception {
        ContactClient helped = new ContactClient(site.app(), "/contact", "198.51.100.40");
        String token = formToken(helped.open());
        assertEquals(200, read(site.app(), "/articles/account/locked?fid=" + token).statusCode());
        read(site.app(), "/articles/payments/refund?fid=" + token);

        ContactClient wrote = new ContactClient(site.app(), "/contact", "198.51.100.41");
        String other = formToken(wrote.open());
        read(site.app(), "/articles/account/locked?fid=" + other);
        site.clock().advance(Duration.ofMinutes(10));
        assertEquals(303, wrote.submit(ContactClient.validFields()).statusCode());

        assertEquals(new Report.Deflection(0, 0, 1), report(site.app(), 7, null).deflection(), "too early to tell");
        site.clock().advance(Duration.ofMinutes(25));
        Report report = report(site.app(), 7, null);
        assertEquals(new Report.Deflection(2, 1, 1), report.deflection());
        assertEquals(0.5, report.deflection().rate());
    }

    @Test
    void theFormKeepsItsTokenWhenShownAgainAfterAMistake() throws Exception {
        ContactClient visitor = new ContactClient(site.app(), "/contact", "198.51.100.50");
        String token = formToken(visitor.open());
        read(site.app(), "/articles/account/locked?fid=" + token);
        Map<String, String> missingEmail = new LinkedHashMap<>(ContactClient.validFields());
        missingEmail.put("email", "");
        Document again = visitor.remember(visitor.submit(missingEmail));
        assertEquals(token, formToken(again));
        assertEquals(303, visitor.submit(ContactClient.validFields()).statusCode());
        site.clock().advance(Duration.ofMinutes(31));
        assertEquals(new Report.Deflection(1, 0, 1), report(site.app(), 7, null).deflection());
    }

    @Test
    void aSearchOnTheResultsPageIsCountedOnceWithItsResultsAndTheResultOpened() throws Exception {
        HttpResponse<String> searched = read(site.app(), "/en/search?q=Locked%20account!");
        Document page = Jsoup.parse(searched.body());
        String result = page.selectFirst("ol.results[data-sid-links] a").attr("href");
        assertEquals("/en/articles/account/locked", result, "the page is the same for everyone: no id in it");
        String timing = searched.headers().firstValue("Server-Timing").orElse("");
        assertTrue(timing.matches("sid;desc=\"[A-Za-z0-9_-]{16,24}\""), timing);
        String id = timing.substring(timing.indexOf('"') + 1, timing.length() - 1);
        HttpResponse<String> more = read(site.app(), "/en/search?q=Locked%20account!&page=2&sid=" + id);
        assertEquals(timing, more.headers().firstValue("Server-Timing").orElse(""), "the same search continues");
        read(site.app(), result + "?sid=" + id);
        read(site.app(), "/en/search?q=chargeback");
        site.app().get("/en/search?q=robots", Map.of("User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0)"));
        read(site.app(), "/en/search");
        Report report = report(site.app(), 7, null);
        assertEquals(List.of("chargeback", "locked account"), report.topSearches().stream().map(Report.QueryStats::query).toList(),
                "as often, so the latest first");
        Report.QueryStats locked = report.topSearches().get(1);
        assertEquals(1, locked.searches(), "another page of the same results is the same search");
        assertEquals(1, locked.clicked());
        assertEquals("Locked account!", locked.example());
        assertEquals(List.of("chargeback"), report.zeroResults().stream().map(Report.QueryStats::query).toList());
        assertEquals(List.of(), report.unclicked());
        assertEquals(1, InsightsTestApps.rows(site.app(), "insight_click").size());
    }

    @Test
    void theSearchBoxIsCountedOnlyForTheQueryItSettledOn() throws Exception {
        for (String typed : List.of("l", "lo", "loc", "lock", "locked")) {
            assertEquals(200, read(site.app(), "/api/search?q=" + typed + "&locale=en&limit=6").statusCode());
        }
        String id = site.app().app().insights().recorder().newId();
        HttpResponse<String> settled = read(site.app(), "/api/search?q=locked&locale=en&limit=1&settled=" + id);
        assertEquals("no-store", settled.headers().firstValue("Cache-Control").orElse(""));
        read(site.app(), "/api/search?q=locked&locale=en&limit=1&settled=" + id);
        read(site.app(), "/en/articles/account/locked?sid=" + id);
        read(site.app(), "/en/search?q=locked&sid=" + id);
        Report report = report(site.app(), 7, null);
        assertEquals(1, report.searches(), "one settled query, however many keystrokes and beacons");
        assertEquals(1, report.topSearches().get(0).clicked());
        assertEquals("instant", InsightsTestApps.rows(site.app(), "insight_search").get(0).get("source"));
    }

    @Test
    void aResultOpenedTwiceFromOneSearchIsOneClick() throws Exception {
        Recorder recorder = site.app().app().insights().recorder();
        String clicked = recorder.newId();
        recorder.search(clicked, "zh-CN", "账户锁定", 2, SearchSource.PAGE);
        recorder.search(recorder.newId(), "zh-CN", "账户锁定", 2, SearchSource.PAGE);
        read(site.app(), "/articles/account/locked?sid=" + clicked);
        read(site.app(), "/articles/account/locked?sid=" + clicked);
        read(site.app(), "/articles/account/locked?sid=not-an-id");
        Report.QueryStats stats = report(site.app(), 7, null).topSearches().get(0);
        assertEquals(2, stats.searches());
        assertEquals(1, stats.clicked());
        assertEquals(1, report(site.app(), 7, null).unclicked().get(0).unclicked());
        assertEquals(3, report(site.app(), 7, null).mostViewed().get(0).views(), "every opening is a view");
    }

    @Test
    void votesShowTheLeastHelpfulArticlesFirstWithTheirComments() throws Exception {
        vote("198.51.100.60", "/articles/account/locked", "no", "步骤看不懂");
        vote("198.51.100.61", "/articles/account/locked", "no", null);
        vote("198.51.100.62", "/articles/account/locked", "yes", null);
        vote("198.51.100.63", "/articles/payments/refund", "no", "=cmd|' /C calc'!A0");
        vote("198.51.100.64", "/articles/payments/refund", "yes", null);
        vote("198.51.100.65", "/articles/payments/refund", "yes", null);
        vote("198.51.100.66", "/en/articles/account/locked", "yes", null);
        assertEquals(List.of(new Report.Helpfulness("zh-CN/account/locked", 1, 2, List.of("步骤看不懂")),
                new Report.Helpfulness("zh-CN/payments/refund", 2, 1, List.of("=cmd|' /C calc'!A0"))),
                report(site.app(), 7, null).leastHelpful());
        assertTrue(report(site.app(), 7, "en").leastHelpful().isEmpty(), "only articles someone found unhelpful");
    }

    /** Answers "was this helpful?" on {@code article} as a new visitor, with a comment after a "no". */
    private void vote(String address, String article, String helpful, String comment) {
        Map<String, String> headers = new HashMap<>(Map.of("X-Forwarded-For", address, "User-Agent", InsightsTestApps.BROWSER));
        HttpResponse<String> page = site.app().get(article, headers);
        headers.put("Cookie", "hc_csrf=" + ContactClient.cookie("hc_csrf", page));
        String csrf = Jsoup.parse(page.body()).select("#feedback input[name=csrf_token]").attr("value");
        HttpResponse<String> voted = site.app().postForm(article + "/feedback",
                ContactClient.encode(Map.of("csrf_token", csrf, "helpful", helpful)), headers);
        assertEquals(303, voted.statusCode());
        String visitor = ContactClient.cookie("hc_visitor", voted);
        if (comment != null) {
            headers.put("Cookie", headers.get("Cookie") + "; hc_visitor=" + visitor);
            assertEquals(303, site.app().postForm(article + "/feedback",
                    ContactClient.encode(Map.of("csrf_token", csrf, "comment", comment)), headers).statusCode());
        }
    }

    private void send(String topic, String address) {
        ContactClient client = new ContactClient(site.app(), "/contact", address);
        client.open();
        Map<String, String> fields = new LinkedHashMap<>(ContactClient.validFields());
        fields.put("topic", topic);
        assertEquals(303, client.submit(fields).statusCode());
    }

    private static String formToken(Document form) {
        String token = form.select("form.contact-form input[name=fid]").attr("value");
        assertTrue(Recorder.isId(token), token);
        return token;
    }
}
