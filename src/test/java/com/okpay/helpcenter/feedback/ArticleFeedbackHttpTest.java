package com.okpay.helpcenter.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.AppUnderTest;
import com.okpay.helpcenter.testing.ContactClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Was this article helpful?" over HTTP only: plain posts and redirects, as without JavaScript. */
class ArticleFeedbackHttpTest {
    private static final String ARTICLE = "/articles/account/locked";
    private static final String EN_ARTICLE = "/en/articles/account/locked";

    @RegisterExtension
    static final AppUnderTest app = AppUnderTest.fixture("fixture-site")
            .withEnv(Map.of("HELPCENTER_TRUST_PROXY", "true", "HELPCENTER_FEEDBACK_RATE_LIMIT", "4/10m"));

    /** One browser's worth of cookies, from its own address. */
    private static final class Visitor {
        private final String ip;
        private final Map<String, String> cookies = new HashMap<>();

        Visitor(String ip) {
            this.ip = ip;
        }

        Document open(String path) {
            HttpResponse<String> response = app.get(path, headers());
            assertEquals(200, response.statusCode(), path);
            keep(response);
            return Jsoup.parse(response.body(), app.url(path));
        }

        HttpResponse<String> answer(Document page, Map<String, String> fields) {
            Element form = page.selectFirst("#feedback form");
            assertNotNull(form, "feedback form on " + page.location());
            Map<String, String> all = new HashMap<>();
            form.select("input[type=hidden]").forEach(i -> all.put(i.attr("name"), i.attr("value")));
            all.putAll(fields);
            HttpResponse<String> response = app.app().postForm(form.attr("action"), ContactClient.encode(all), headers());
            keep(response);
            return response;
        }

        private void keep(HttpResponse<String> response) {
            for (String name : List.of("hc_visitor")) {
                String value = ContactClient.cookie(name, response);
                if (value != null) {
                    cookies.put(name, value);
                }
            }
        }

        private Map<String, String> headers() {
            Map<String, String> headers = new HashMap<>(Map.of("X-Forwarded-For", ip));
            if (!cookies.isEmpty()) {
                headers.put("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            return headers;
        }
    }

    private static String redirect(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void everyArticleAsksWithAPlainFormThatNeedsNoJavaScript() {
        Document page = new Visitor("10.0.0.1").open(ARTICLE);
        Element form = page.selectFirst("section#feedback form[method=post]");
        assertEquals(ARTICLE + "/feedback", form.attr("action"));
        assertEquals(List.of("yes", "no"), form.select("button[type=submit][name=helpful]").eachAttr("value"));
        assertNull(form.selectFirst("input[type=hidden]"), "no per-visitor token: every visitor gets the same page");
        assertEquals("这篇文章对您有帮助吗？", page.selectFirst("#feedback-heading").text());
        assertEquals("Was this article helpful?", new Visitor("10.0.0.1").open(EN_ARTICLE).selectFirst("#feedback h2").text());
    }

    @Test
    void yesIsStoredAndAnsweredWithAThankYou() throws SQLException {
        Visitor visitor = new Visitor("10.0.0.2");
        String back = redirect(visitor.answer(visitor.open(EN_ARTICLE), Map.of("helpful", "yes")));
        assertEquals(EN_ARTICLE + "?feedback=thanks#feedback", back);
        Document thanks = visitor.open(back.substring(0, back.indexOf('#')));
        assertEquals("Thank you for your feedback!", thanks.selectFirst("#feedback [role=status]").text());
        assertNull(thanks.selectFirst("#feedback form"), "no second vote offered");
        assertTrue(rows().contains("en/account/locked|1|null"), rows().toString());
    }

    @Test
    void noOpensAnOptionalCommentBoxWhoseCommentIsKept() throws SQLException {
        Visitor visitor = new Visitor("10.0.0.3");
        String back = redirect(visitor.answer(visitor.open(ARTICLE), Map.of("helpful", "no")));
        assertEquals(ARTICLE + "?feedback=no#feedback", back);
        Document box = visitor.open(back.substring(0, back.indexOf('#')));
        Element comment = box.selectFirst("#feedback textarea[name=comment]");
        assertEquals("feedback-comment-hint", comment.attr("aria-describedby"));
        assertNotNull(box.selectFirst("label[for=feedback-comment]"));
        assertEquals("1000", comment.attr("maxlength"));
        String done = redirect(visitor.answer(box, Map.of("comment", "没有说明 <b>锁定</b> 多久自动解除")));
        assertEquals(ARTICLE + "?feedback=commented#feedback", done);
        assertTrue(rows().contains("zh-CN/account/locked|0|没有说明 <b>锁定</b> 多久自动解除"), rows().toString());
    }

    @Test
    void controlAndEscapeCharactersNeverReachTheStoredComment() throws SQLException {
        Visitor visitor = new Visitor("10.0.0.31");
        String back = redirect(visitor.answer(visitor.open("/en/articles/account/locked"), Map.of("helpful", "no")));
        Document box = visitor.open(back.substring(0, back.indexOf('#')));
        redirect(visitor.answer(box, Map.of("comment", "\u001b[31mred\u0007\r\nline\u202eevil\u0000")));
        assertTrue(rows().contains("en/account/locked|0|[31mred  lineevil"), rows().toString());
    }

    @Test
    void eachVisitorVotesOncePerArticle() throws SQLException {
        Visitor visitor = new Visitor("10.0.0.4");
        redirect(visitor.answer(visitor.open("/articles/payments/refund"), Map.of("helpful", "no")));
        String again = redirect(visitor.answer(visitor.open("/articles/payments/refund"), Map.of("helpful", "yes")));
        assertEquals("/articles/payments/refund?feedback=already#feedback", again);
        assertEquals(List.of("zh-CN/payments/refund|0|null"), rows().stream().filter(r -> r.contains("refund")).toList());
        Visitor other = new Visitor("10.0.0.4");
        redirect(other.answer(other.open("/articles/payments/refund"), Map.of("helpful", "yes")));
        assertEquals(2, rows().stream().filter(r -> r.contains("refund")).count(), "another visitor may vote");
    }

    @Test
    void anAnswerPostedFromAnotherSiteIsRefusedAndSavesNothing() throws SQLException {
        int before = rows().size();
        for (Map<String, String> crossSite : List.of(Map.of("Origin", "https://evil.example"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", app.url("")))) {
            Map<String, String> headers = new HashMap<>(crossSite);
            headers.put("X-Forwarded-For", "10.0.0.5");
            HttpResponse<String> refused = app.app().postForm(EN_ARTICLE + "/feedback", "helpful=yes", headers);
            assertEquals(403, refused.statusCode(), crossSite.toString());
            assertTrue(refused.body().contains("sent from another website"), "in the visitor's language");
        }
        assertEquals(before, rows().size());
        HttpResponse<String> ours = app.app().postForm(EN_ARTICLE + "/feedback", "helpful=yes",
                Map.of("X-Forwarded-For", "10.0.0.5", "Sec-Fetch-Site", "same-origin", "Origin", app.url("").replaceAll("/$", "")));
        assertEquals(EN_ARTICLE + "?feedback=thanks#feedback", redirect(ours));
        assertEquals(before + 1, rows().size());
    }

    @Test
    void tooManyAnswersFromOneAddressGetAFriendlyTooManyRequestsPage() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Visitor visitor = new Visitor("10.0.0.6");
            statuses.add(visitor.answer(visitor.open(EN_ARTICLE), Map.of("helpful", "yes")).statusCode());
        }
        assertEquals(List.of(303, 303, 303, 303, 429), statuses);
        Visitor late = new Visitor("10.0.0.6");
        HttpResponse<String> limited = late.answer(late.open(EN_ARTICLE), Map.of("helpful", "yes"));
        assertTrue(limited.body().contains("Too many answers"), "in the visitor's language");
    }

    @Test
    void nonsenseAnswersAndUnknownArticlesAreRefusedKindly() {
        Visitor visitor = new Visitor("10.0.0.7");
        HttpResponse<String> odd = visitor.answer(visitor.open(ARTICLE), Map.of("helpful", "maybe"));
        assertEquals(400, odd.statusCode());
        assertTrue(odd.body().contains("无法识别您的回答"));
        assertEquals(404, app.app().postForm("/articles/account/nothing/feedback", "helpful=yes", Map.of()).statusCode());
        assertEquals(400, app.app().postForm(ARTICLE + "/feedback", "helpful=%ZZ", Map.of()).statusCode());
    }

    @Test
    void countsAreNeverShownOnTheSite() {
        Document page = new Visitor("10.0.0.8").open(ARTICLE + "?feedback=thanks");
        assertEquals("感谢您的反馈！", page.selectFirst("#feedback").text().replace("这篇文章对您有帮助吗？", "").strip());
        HttpResponse<String> article = app.get(ARTICLE);
        assertEquals("public, max-age=0, s-maxage=5", article.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(article.headers().allValues("Set-Cookie").isEmpty(), "the same page for everyone");
    }

    /** Every stored answer as {@code article|helpful|comment}. */
    private static List<String> rows() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + app.dataFolder().resolve("helpcenter.db"));
             PreparedStatement select = db.prepareStatement("SELECT article, helpful, comment FROM article_feedback");
             ResultSet rs = select.executeQuery()) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3));
            }
            return rows;
        }
    }
}
