package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContactClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contact form over HTTP: showing it, accepting it, and the confirmation page. */
class ContactFormHttpTest {
    @RegisterExtension
    static final LenientContactSite site = new LenientContactSite("203.0.113.");

    static ContactClient visitor(String path) {
        return site.visitor(path);
    }

    @Test
    void formShowsEveryFieldWithBrowserValidationTipsAndTopicsInChinese() {
        ContactClient visitor = visitor("/contact");
        Document page = visitor.open();
        assertEquals("联系客服", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("input[name=name][required][maxlength=100]"));
        assertNotNull(page.selectFirst("input[name=email][type=email][required][maxlength=254]"));
        assertNotNull(page.selectFirst("select[name=topic][required]"));
        assertNotNull(page.selectFirst("input[name=subject][required][maxlength=200]"));
        assertNotNull(page.selectFirst("textarea[name=message][required][maxlength=10000]"));
        assertNotNull(page.selectFirst("input[name=amount][pattern]"));
        assertEquals(java.util.List.of("", "general", "refund"), page.select("select[name=topic] option").eachAttr("value"));
        assertEquals("true", page.selectFirst("option[value=refund]").attr("data-details"));
        assertEquals("refund", page.selectFirst("#details").attr("data-topics"));
        assertTrue(page.select(".tips li").eachText().contains("提前整理问题"));
        assertTrue(page.select(".response-times dd").eachText().contains("1-3 个工作日"));
        assertNotNull(page.selectFirst(".hp input[name=website][tabindex=-1]"));
        assertNull(page.selectFirst("input[name=csrf_token]"), "CSRF is checked by origin, not by a token");
        assertFalse(page.selectFirst("input[name=form_started]").val().isEmpty());
        assertNotNull(page.selectFirst("script[src^=/static/js/contact.][src$=.js]"));
        HttpResponse<String> raw = site.app().get("/contact");
        assertTrue(raw.headers().allValues("Set-Cookie").isEmpty(), "no cookie before a message is sent");
        assertEquals("no-store", raw.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void englishFormSpeaksEnglishAndASearchPrefillsTheSubjectEscaped() {
        Document page = visitor("/en/contact?q=refund%20%3Cscript%3E").open();
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Contact support", page.selectFirst("h1").text());
        assertTrue(page.select(".tips li").eachText().contains("Prepare your question"));
        assertEquals("refund <script>", page.selectFirst("input[name=subject]").val());
        assertTrue(site.app().get("/en/contact?q=%3Cscript%3E").body().contains("value=\"&lt;script&gt;\""));
        assertEquals("refund", visitor("/contact?topic=refund").open().selectFirst("option[selected]").val());
    }

    @Test
    void theArticleAVisitorWritesFromTravelsWithTheFormAndOnlyAPublishedOneIsKept() throws SQLException {
        Document page = visitor("/contact?q=%E7%94%B3%E8%AF%B7%E9%80%80%E6%AC%BE&article=/articles/payments/refund").open();
        assertEquals("申请退款", page.selectFirst(".contact-context a[href=/articles/payments/refund]").text());
        assertEquals("/articles/payments/refund", page.selectFirst("input[type=hidden][name=article]").val());
        assertEquals("申请退款", page.selectFirst("input[name=subject]").val());
        for (String unknown : new String[] {"/articles/payments/nope", "https://evil.example/", "/articles/account/secret-plan"}) {
            Document other = visitor("/contact?article=" + ContactClient.encode(Map.of("a", unknown)).substring(2)).open();
            assertNull(other.selectFirst(".contact-context"), unknown);
            assertNull(other.selectFirst("input[name=article]"), unknown);
        }

        ContactClient visitor = visitor("/contact");
        visitor.open();
        Map<String, String> fields = ContactClient.validFields();
        fields.put("article", "/articles/payments/refund");
        String kept = referenceOf(visitor.submit(fields));
        assertEquals("/articles/payments/refund", stored(kept, "article"));
        ContactClient forger = visitor("/contact");
        forger.open();
        fields.put("article", "https://evil.example/phish");
        String dropped = referenceOf(forger.submit(fields));
        assertNull(stored(dropped, "article"), "support never gets a link the site did not make");
    }

    @Test
    void acceptedMessageRedirectsToItsConfirmationAndIsStoredExactlyAsTyped() throws SQLException {
        ContactClient visitor = visitor("/contact");
        visitor.open();
        Map<String, String> fields = ContactClient.validFields();
        fields.put("message", "  第一行 <b>粗体</b> & \"引号\"\r\n\r\n\t缩进的第二行  ");
        HttpResponse<String> response = visitor.submit(fields);
        assertEquals(303, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/contact/thanks/OK-20261125-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}"), location);
        String reference = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(fields.get("message"), stored(reference, "message"));
        assertEquals("张三", stored(reference, "name"));
        assertEquals("zh-CN", stored(reference, "locale"));
        assertTrue(java.util.Set.of("pending", "sending", "sent").contains(status(reference)), "queued for the mail sender");

        String receipt = ContactClient.cookie("hc_contact_sent", response);
        assertNotNull(receipt);
        Document thanks = Jsoup.parse(site.app().get(location, Map.of("Cookie", "hc_contact_sent=" + receipt)).body());
        assertEquals(reference, thanks.selectFirst(".reference").text());
        assertEquals(java.util.List.of("一般问题", "24 小时内"), thanks.select(".thanks-facts dd").eachText());
        assertEquals(3, thanks.select(".next-steps li").size());
        assertFalse(thanks.text().contains("无法登录"), "the confirmation never shows the message itself");
    }

    @Test
    void confirmationPageShowsNothingWithoutTheSendersReceipt() {
        ContactClient visitor = visitor("/en/contact");
        visitor.open();
        HttpResponse<String> response = visitor.submit(ContactClient.validFields());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/en/contact/thanks/OK-"));
        String reference = location.substring(location.lastIndexOf('/') + 1);
        String receipt = ContactClient.cookie("hc_contact_sent", response);
        Document english = Jsoup.parse(site.app().get(location, Map.of("Cookie", "hc_contact_sent=" + receipt)).body());
        assertEquals(java.util.List.of("General question", "within 24 hours"), english.select(".thanks-facts dd").eachText());

        HttpResponse<String> noReceipt = site.app().get(location);
        assertEquals(200, noReceipt.statusCode());
        assertFalse(noReceipt.body().contains(reference));
        assertFalse(noReceipt.body().contains("General question"));
        String otherReference = "/en/contact/thanks/OK-20261125-2222";
        assertNull(Jsoup.parse(site.app().get(otherReference, Map.of("Cookie", "hc_contact_sent=" + receipt)).body())
                .selectFirst(".reference"), "a receipt only opens its own reference");
        String forged = receipt.replaceFirst("\\.general\\.", ".refund.");
        assertNull(Jsoup.parse(site.app().get(location, Map.of("Cookie", "hc_contact_sent=" + forged)).body()).selectFirst(".reference"));
        site.clock().advance(java.time.Duration.ofMinutes(31));
        assertNull(Jsoup.parse(site.app().get(location, Map.of("Cookie", "hc_contact_sent=" + receipt)).body()).selectFirst(".reference"),
                "receipts are short-lived");
    }

    @Test
    void paymentDetailsAreStoredOnlyForTopicsThatAskForThem() throws SQLException {
        ContactClient visitor = visitor("/contact");
        visitor.open();
        Map<String, String> fields = ContactClient.validFields();
        fields.putAll(Map.of("transaction_date", "2026-11-20", "amount", "1,234.50", "transaction_id", "TX-998877"));
        String general = referenceOf(visitor.submit(fields));
        assertNull(stored(general, "amount"));
        assertNull(stored(general, "transaction_id"));
        fields.put("topic", "refund");
        String refund = referenceOf(visitor.submit(fields));
        assertEquals("2026-11-20", stored(refund, "transaction_date"));
        assertEquals("1,234.50", stored(refund, "amount"));
        assertEquals("TX-998877", stored(refund, "transaction_id"));
    }

    @Test
    void longestAllowedMessageInChineseFitsTheRequestLimit() throws SQLException {
        ContactClient visitor = visitor("/contact");
        visitor.open();
        Map<String, String> fields = ContactClient.validFields();
        fields.put("subject", "退".repeat(200));
        fields.put("name", "名".repeat(100));
        fields.put("message", "款".repeat(10_000));
        String reference = referenceOf(visitor.submit(fields));
        assertEquals(10_000, stored(reference, "message").length());
        fields.put("message", "第一行\r\n".repeat(2_500));
        assertEquals(12_500, fields.get("message").length(), "a line break the browser sends as CR LF counts once");
        assertEquals(fields.get("message"), stored(referenceOf(visitor.submit(fields)), "message"));
    }

    @Test
    void storedMailIsWrittenAsAnEmlFileWhenNoSmtpServerIsConfigured() throws Exception {
        ContactClient visitor = visitor("/contact");
        visitor.open();
        String reference = referenceOf(visitor.submit(ContactClient.validFields()));
        site.app().app().mailSender().drainOnce();
        Path file = site.folder().resolve("data/outbox-mail/" + reference + "-support.eml");
        assertTrue(java.nio.file.Files.exists(file), file.toString());
        try (var in = java.nio.file.Files.newInputStream(file)) {
            var mail = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
            assertEquals("[" + reference + "] 一般问题: 我的账户无法登录", mail.getSubject());
            assertEquals("help@test.example", mail.getAllRecipients()[0].toString());
        }
        assertEquals("sent", status(reference));
    }

    static String referenceOf(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String stored(String reference, String column) throws SQLException {
        return ContactTestApps.scalar(site.app(), "SELECT " + column + " FROM contact_message WHERE reference = ?", reference);
    }

    static String status(String reference) throws SQLException {
        return ContactTestApps.scalar(site.app(), "SELECT status FROM contact_outbox WHERE reference = ? AND kind = 'support'",
                reference);
    }
}
