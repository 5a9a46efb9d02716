package com.okpay.helpcenter.insights;

import static com.okpay.helpcenter.insights.InsightsTestApps.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContactClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Insights count what people look for, never who they are. */
class InsightsPrivacyTest {
    private static final Pattern PERSONAL_COLUMN = Pattern.compile(
            "(^|_)(ip|ips)($|_)|addr|email|mail|agent|ua$|cookie|session|visitor|user|name|phone|referr?er");
    private static final String ADDRESS = "203.0.113.77";
    private static final String EMAIL = "zhang.san@example.com";

    @RegisterExtension
    final InsightsSite site = new InsightsSite(Map.of());

    @Test
    void noInsightsTableHasAColumnForAnAddressAnEmailAUserAgentOrACookie() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = site.app().app().database().dataSource().getConnection()) {
            for (String table : InsightsTestApps.TABLES) {
                try (ResultSet result = connection.getMetaData().getColumns(null, null, table, "%")) {
                    while (result.next()) {
                        columns.add(table + "." + result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertTrue(columns.size() >= 20, columns.toString());
        assertEquals(List.of(), columns.stream().filter(c -> PERSONAL_COLUMN.matcher(c.substring(c.indexOf('.') + 1)).find()).toList());
    }

    @Test
    void trafficCarryingAddressesEmailsAndCookiesLeavesNoneOfThemInTheRows() throws SQLException {
        Map<String, String> identifying = Map.of("User-Agent", InsightsTestApps.BROWSER + " Unique/4242",
                "X-Forwarded-For", ADDRESS, "Cookie", "hc_locale=zh-CN; tracking=secret-cookie-value",
                "Referer", "https://mail.example.com/inbox?u=" + EMAIL);
        ContactClient visitor = new ContactClient(site.app(), "/contact", ADDRESS);
        String token = Jsoup.parse(site.app().get("/contact", identifying).body()).select("input[name=fid]").attr("value");
        visitor.open();
        site.app().get("/articles/account/locked?fid=" + token + "&email=" + EMAIL, identifying);
        site.app().get("/en/articles/account/locked", identifying);
        Recorder recorder = site.app().app().insights().recorder();
        String search = recorder.newId();
        recorder.search(search, "zh-CN", "退款 " + EMAIL + " 电话 138-0013-8000 卡号 6222 0212 3456 7890", 0, SearchSource.PAGE);
        site.app().get("/articles/payments/refund?sid=" + search, identifying);
        assertEquals(303, visitor.submit(ContactClient.validFields()).statusCode());
        read(site.app(), "/articles/payments/refund");

        String everything = dump();
        assertTrue(everything.contains("退款 [email] 电话 [number] 卡号 [number]"), everything);
        for (String personal : List.of(ADDRESS, "203.0.113", "@", "example.com", "zhang", "Unique/4242", "Chrome",
                "secret-cookie-value", "138-0013", "0013-8000", "6222 0212", "3456 7890", "张三")) {
            assertFalse(everything.contains(personal), personal + " in " + everything);
        }
    }

    private String dump() throws SQLException {
        InsightsTestApps.flush(site.app());
        StringBuilder all = new StringBuilder();
        for (String table : InsightsTestApps.TABLES) {
            List<Map<String, String>> rows = InsightsTestApps.rows(site.app(), table);
            assertFalse(rows.isEmpty(), table + " has rows");
            all.append(table).append(rows).append('\n');
        }
        return all.toString();
    }
}
