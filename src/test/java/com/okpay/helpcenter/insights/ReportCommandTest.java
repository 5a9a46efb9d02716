package com.okpay.helpcenter.insights;

import static com.okpay.helpcenter.insights.InsightsTestApps.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code helpcenter report}: the insights tables as plain text, from the database the server wrote. */
class ReportCommandTest {
    @TempDir
    Path temp;
    final MutableClock clock = MutableClock.fixed();

    @BeforeEach
    void someTraffic() {
        try (RunningApp app = InsightsTestApps.start(temp, clock, Map.of())) {
            Recorder recorder = app.app().insights().recorder();
            recorder.search(recorder.newId(), "zh-CN", "信用卡 还款", 0, SearchSource.PAGE);
            recorder.search(recorder.newId(), "en", "chargeback", 0, SearchSource.PAGE);
            read(app, "/articles/account/locked");
        }
    }

    private String report(String... flags) {
        Map<String, String> all = new HashMap<>(Map.of("content", temp.resolve("content").toString(),
                "data", temp.resolve("data").toString()));
        for (int i = 0; i < flags.length; i += 2) {
            all.put(flags[i], flags[i + 1]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new ReportCommand(new PrintStream(out, true, StandardCharsets.UTF_8), clock)
                .run(Config.from(all, Map.of()));
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryTableInTheSiteLanguageByDefault() {
        String text = report();
        assertTrue(text.startsWith("帮助中心数据洞察，2026-11-19 至 2026-11-25（7 天），全部语言\n"), text);
        for (String title : new String[] {"无结果的搜索", "热门搜索", "有结果但无点击的搜索", "浏览最多的文章", "最没有帮助的文章",
                "按主题和周统计的联系请求", "分流", "每日数据"}) {
            assertTrue(text.contains("\n" + title + "\n"), title);
        }
        assertTrue(text.contains("  信用卡 还款 zh-CN        1 2026-11-25 04:00 信用卡 还款\n"), text);
        assertTrue(text.contains("账户被锁定怎么办"), "articles by their title");
        assertTrue(!text.contains("database ready"), "no log lines in the report");
    }

    @Test
    void filtersByLocaleAndPeriodAndSpeaksEnglishOnRequest() {
        String text = report("since", "30d", "locale", "en", "lang", "en");
        assertTrue(text.startsWith("Help center insights, 2026-10-27 to 2026-11-25 (30 days), en\n"), text);
        assertTrue(text.contains("chargeback"), text);
        assertTrue(!text.contains("信用卡"), text);
        assertTrue(report("since", "2w").contains("（14 天）"));
    }

    @Test
    void aWrongFlagIsOneFriendlyLine() {
        assertEquals("invalid value 'yesterday' for --since: expected a number of days or weeks such as 7d, 30d or 2w",
                assertThrows(ConfigException.class, () -> report("since", "yesterday")).getMessage());
        assertEquals("unknown locale 'fr' for --locale: expected one of zh-CN, en",
                assertThrows(ConfigException.class, () -> report("locale", "fr")).getMessage());
    }
}
