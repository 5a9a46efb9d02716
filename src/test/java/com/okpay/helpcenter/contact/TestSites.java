package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SnapshotBuilder;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The contact parts built by hand, for tests that run them without a web server. */
final class TestSites {
    private TestSites() {
    }

    static LiveSite fixtureSite() {
        try {
            return new LiveSite(new SnapshotBuilder().build(new ContentLoader(new MarkdownRenderer(), false)
                    .load(Fixtures.resource("fixture-site"))));
        } catch (ContentException e) {
            throw new IllegalStateException(e);
        }
    }

    static MailSettings smtp(int port, Path data) {
        return MailSettings.from(new Settings(Map.of(), Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT",
                Integer.toString(port), "SUPPORT_EMAIL", "support-team@okpay.test")), data, null, "https://help.test.example");
    }

    static ContactMessage message(String reference, Instant at) {
        return new ContactMessage(reference, at, "zh-CN", "general", "张三", "zhang.san@example.com", "主题 " + reference,
                "消息 " + reference, null, null, null, null);
    }
}
