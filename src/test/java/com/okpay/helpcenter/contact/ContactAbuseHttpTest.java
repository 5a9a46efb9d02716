package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forged, scripted, oversized and malformed posts: each gets a friendly page in the visitor's
 * language, keeps what a person typed where that is possible, and stores nothing.
 */
class ContactAbuseHttpTest {
    @RegisterExtension
    static final LenientContactSite site = new LenientContactSite("198.51.100.");

    /** A new visitor who has opened the form. */
    static ContactClient visitor(String path) {
        ContactClient visitor = site.visitor(path);
        visitor.open();
        return visitor;
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            name             |                              | general | 请填写此项。
            name             | {101}                        | general | 最多 100 个字符。
            email            |                              | general | 请填写此项。
            email            | not-an-email                 | general | 请输入有效的电子邮箱
            email            | someone@localhost            | general | 请输入有效的电子邮箱
            email            | two@@example.com             | general | 请输入有效的电子邮箱
            email            | a..b@example.com             | general | 请输入有效的电子邮箱
            topic            |                              | general | 请填写此项。
            topic            | hacking                      | general | 请从列表中选择问题类型。
            subject          | '   '                        | general | 请填写此项。
            subject          | {201}                        | general | 最多 200 个字符。
            message          | '  '                         | general | 请填写此项。
            message          | {10001}                      | general | 最多 10000 个字符。
            message          | bell{BEL}                    | general | 控制字符
            transaction_date | 2026-13-01                   | refund  | 请输入有效日期
            transaction_date | 2027-01-01                   | refund  | 请输入有效日期
            amount           | 12abc                        | refund  | 请输入金额
            transaction_id   | {65}                         | refund  | 最多 64 个字符。
            """)
    void everyRuleIsCheckedOnTheServerAndShownNextToItsField(String field, String value, String topic, String expected)
            throws SQLException {
        int before = messageCount();
        Map<String, String> fields = ContactClient.validFields();
        fields.put("topic", topic);
        fields.put(field, expand(value));
        HttpResponse<String> response = visitor("/contact").submit(fields);
        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.selectFirst("#" + field + "-error").text().contains(expected), page.select(".field-error").text());
        assertEquals("true", page.selectFirst("#" + field).attr("aria-invalid"));
        assertTrue(page.selectFirst("#" + field).attr("aria-describedby").contains(field + "-error"));
        assertNotNull(page.selectFirst(".error-summary a[href=#" + field + "]"));
        assertEquals(1, page.select(".field-error").size(), "only the broken field is flagged");
        assertEquals(before, messageCount());
    }

    @Test
    void errorsAreInEnglishOnEnglishPagesAndEverythingTypedComesBackEscaped() {
        Map<String, String> fields = ContactClient.validFields();
        fields.put("name", "<script>alert('x')</script>");
        fields.put("email", "nope");
        fields.put("message", "\n第一行以空行开始 </textarea><b>粗</b>");
        HttpResponse<String> response = visitor("/en/contact").submit(fields);
        assertEquals(422, response.statusCode());
        assertFalse(response.body().contains("<script>alert"), "never echoed unescaped");
        Document page = Jsoup.parse(response.body());
        assertEquals("Please enter a valid email address, for example name@example.com.", page.selectFirst("#email-error").text());
        assertEquals("<script>alert('x')</script>", page.selectFirst("#name").val());
        assertEquals("nope", page.selectFirst("#email").val());
        assertEquals(fields.get("subject"), page.selectFirst("#subject").val());
        assertEquals("general", page.selectFirst("#topic option[selected]").val());
        assertEquals(fields.get("message"), page.selectFirst("#message").wholeText(), "even a leading blank line is kept");
    }

    @Test
    void lineBreaksInNameEmailOrSubjectCanNeverReachAMailHeader() throws SQLException {
        int before = messageCount();
        for (String field : new String[] {"name", "email", "subject"}) {
            Map<String, String> fields = ContactClient.validFields();
            fields.put(field, fields.get(field) + "\r\nBcc: victim@example.org");
            HttpResponse<String> response = visitor("/contact").submit(fields);
            assertEquals(422, response.statusCode(), field);
            assertEquals("此项请勿换行。", Jsoup.parse(response.body()).selectFirst("#" + field + "-error").text());
        }
        Map<String, String> lf = ContactClient.validFields();
        lf.put("subject", "Hello\nBcc: victim@example.org");
        assertEquals(422, visitor("/contact").submit(lf).statusCode());
        assertEquals(before, messageCount());
    }

    @Test
    void aPostFromAnotherSiteOrWithAForgedStartTimeIsAFriendly403ThatKeepsTheText() throws SQLException {
        int before = messageCount();
        ContactClient victim = visitor("/contact");
        victim.open();
        String body = ContactClient.encode(victim.fieldsWith(ContactClient.validFields()));
        for (Map<String, String> crossSite : List.of(Map.of("Origin", "https://evil.example"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "null"))) {
            Map<String, String> headers = new java.util.HashMap<>(crossSite);
            headers.put("X-Forwarded-For", "10.9.0.1");
            HttpResponse<String> response = site.app().postForm("/contact", body, headers);
            assertEquals(403, response.statusCode(), crossSite.toString());
            Document page = Jsoup.parse(response.body());
            assertTrue(page.selectFirst(".contact-alert").text().contains("来自其他网站"));
            assertEquals("我的账户无法登录", page.selectFirst("#subject").val(), "what was typed is kept");
        }

        ContactClient forged = visitor("/contact");
        Map<String, String> fields = ContactClient.validFields();
        fields.put("form_started", "1.forged");
        assertEquals(403, forged.submit(fields).statusCode());
        assertEquals(before, messageCount());

        HttpResponse<String> sameOrigin = site.app().postForm("/contact", body, Map.of("X-Forwarded-For", "10.9.0.1",
                "Sec-Fetch-Site", "same-origin", "Origin", site.app().url("")));
        assertEquals(303, sameOrigin.statusCode(), "our own page's post goes through");
        assertEquals(before + 1, messageCount());
    }

    @Test
    void aFilledHoneypotStoresNothingAndAsksToCheckAndSendAgain() throws SQLException {
        int before = messageCount();
        Map<String, String> fields = ContactClient.validFields();
        fields.put("website", "http://spam.example");
        HttpResponse<String> response = visitor("/contact").submit(fields);
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.selectFirst(".contact-alert").text().contains("消息尚未发送"));
        assertEquals("", page.selectFirst("input[name=website]").val(), "the trap is empty again for a person");
        assertEquals(before, messageCount());
    }

    @Test
    void aFormSentFasterThanAPersonCanTypeIsHeldUntilTheMinimumFillTime() throws SQLException {
        MutableClock own = MutableClock.fixed();
        try (RunningApp strict = RunningApp.start(site.folder().resolve("content"), site.folder().resolve("data-strict"),
                Map.of(), Map.of(), own)) {
            ContactClient bot = new ContactClient(strict, "/en/contact", "192.0.2.1");
            bot.open();
            own.advance(Duration.ofSeconds(2));
            HttpResponse<String> tooFast = bot.submit(ContactClient.validFields());
            assertEquals(400, tooFast.statusCode());
            assertTrue(Jsoup.parse(tooFast.body()).selectFirst(".contact-alert").text().startsWith("That was quick!"));
            bot.remember(tooFast);
            own.advance(Duration.ofSeconds(1));
            assertEquals(303, bot.submit(ContactClient.validFields()).statusCode(),
                    "the re-shown form keeps the original start time");
        }
    }

    @Test
    void aFormLeftOpenForMoreThanADayExpiresWithTheTextKeptAndCanBeSentAgain() throws SQLException {
        MutableClock own = MutableClock.fixed();
        try (RunningApp app = RunningApp.start(site.folder().resolve("content"), site.folder().resolve("data-stale"),
                Map.of("contact-min-fill-seconds", "0"), Map.of(), own)) {
            ContactClient late = new ContactClient(app, "/en/contact", "192.0.2.2");
            late.open();
            own.advance(Duration.ofHours(24).plusMinutes(1));
            Map<String, String> fields = ContactClient.validFields();
            fields.put("subject", "Written before lunch yesterday");
            HttpResponse<String> expired = late.submit(fields);
            assertEquals(400, expired.statusCode(), "never a 500");
            Document page = late.remember(expired);
            assertTrue(page.selectFirst(".contact-alert").text().startsWith("This form was open for more than a day"),
                    page.selectFirst(".contact-alert").text());
            assertEquals("Written before lunch yesterday", page.selectFirst("#subject").val(), "what they typed is kept");
            assertEquals(0, ContactTestApps.messageCount(app), "nothing stored yet");
            assertEquals(303, late.submit(fields).statusCode(), "the re-shown form carries a fresh token");

            ContactClient inTime = new ContactClient(app, "/contact", "192.0.2.3");
            inTime.open();
            own.advance(Duration.ofHours(23));
            assertEquals(303, inTime.submit(ContactClient.validFields()).statusCode(), "within a day it is still good");
        }
    }

    @Test
    void theSixthMessageInTenMinutesGetsAFriendly429WithTheTextKept() {
        ContactClient busy = visitor("/contact");
        for (int i = 0; i < 5; i++) {
            assertEquals(303, busy.submit(question(i)).statusCode());
        }
        HttpResponse<String> limited = busy.submit(question(5));
        assertEquals(429, limited.statusCode());
        assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) > 0);
        Document page = Jsoup.parse(limited.body());
        assertTrue(page.selectFirst(".contact-alert").text().contains("10 分钟"), page.selectFirst(".contact-alert").text());
        assertEquals("张三", page.selectFirst("#name").val());
        assertEquals(303, visitor("/contact").submit(ContactClient.validFields()).statusCode(), "others are not affected");
        site.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        assertEquals(303, busy.submit(question(6)).statusCode(), "the window slides");
    }

    /** A different message each time: the same one posted again is a retry, not a new message. */
    private static Map<String, String> question(int i) {
        Map<String, String> fields = ContactClient.validFields();
        fields.put("subject", fields.get("subject") + " (" + i + ")");
        return fields;
    }

    @Test
    void theSameFormPostedTwiceStoresOneMessageAndAnswersWithTheSameReference() throws SQLException {
        int before = messageCount();
        ContactClient visitor = visitor("/contact");
        HttpResponse<String> first = visitor.submit(ContactClient.validFields());
        HttpResponse<String> retried = visitor.submit(ContactClient.validFields());
        assertEquals(303, first.statusCode());
        assertEquals(first.headers().firstValue("Location"), retried.headers().firstValue("Location"),
                "a double click or a proxy's retry gets the same reference");
        assertEquals(before + 1, messageCount());
        assertEquals(303, visitor.submit(question(1)).statusCode());
        assertEquals(before + 2, messageCount(), "something else typed into the same form is a new message");
    }

    @Test
    void anOversizedBodyIsAFriendly413() throws SQLException {
        int before = messageCount();
        ContactClient visitor = visitor("/contact");
        Map<String, String> fields = ContactClient.validFields();
        fields.put("message", "款".repeat(20_000));
        HttpResponse<String> response = visitor.submit(fields);
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("您的消息太长了"));
        assertEquals(before, messageCount());
    }

    @Test
    void aBodyThatIsNotUtf8OrNotAFormIsAFriendly400() throws SQLException {
        int before = messageCount();
        ContactClient visitor = visitor("/en/contact");
        String valid = ContactClient.encode(ContactClient.validFields());
        for (String broken : new String[] {valid.replace("name=", "name=%C3%28"), valid + "&name=again",
                valid.replace("subject=", "subject=%E6%88"), valid + "&x=%zz", valid + "&x=%4"}) {
            HttpResponse<String> response = visitor.post(broken + "&csrf_token=x");
            assertEquals(400, response.statusCode(), broken);
            assertTrue(response.body().contains("We could not read the form"));
        }
        byte[] raw = (valid + "&x=").getBytes(StandardCharsets.UTF_8);
        byte[] withLatin1 = java.util.Arrays.copyOf(raw, raw.length + 1);
        withLatin1[raw.length] = (byte) 0xE9;
        HttpResponse<String> bytes = site.app().send(HttpRequest.newBuilder(URI.create(site.app().url("/contact")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(withLatin1)).build());
        assertEquals(400, bytes.statusCode());
        assertTrue(bytes.body().contains("无法读取表单"));
        HttpResponse<String> json = site.app().send(HttpRequest.newBuilder(URI.create(site.app().url("/contact")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(400, json.statusCode());
        assertEquals(before, messageCount());
    }

    /** {@code {N}} stands for N characters, {@code {BEL}} for that control character. */
    private static String expand(String value) {
        if (value == null) {
            return "";
        }
        if (value.matches("\\{\\d+}")) {
            return "字".repeat(Integer.parseInt(value.substring(1, value.length() - 1)));
        }
        return value.replace("{BEL}", "\u0007");
    }

    private static int messageCount() throws SQLException {
        return ContactTestApps.messageCount(site.app());
    }
}
