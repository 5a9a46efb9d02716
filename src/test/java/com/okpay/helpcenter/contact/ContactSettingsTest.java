package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mail and contact settings: sensible defaults, and one line naming the setting when wrong. */
class ContactSettingsTest {
    static final Path DATA = Path.of("/srv/helpcenter/data");

    @Test
    void defaultsNeedNoSetupAndWriteMailToFiles() {
        ContactSettings contact = ContactSettings.from(new Settings(Map.of(), Map.of()));
        assertEquals(Optional.of(new RateLimit(5, Duration.ofMinutes(10))), contact.rateLimit());
        assertFalse(contact.confirmation());
        MailSettings mail = MailSettings.from(new Settings(Map.of(), Map.of()), DATA, "help@okpay.example",
                "https://help.okpay.example");
        assertTrue(mail.writesFiles());
        assertEquals(DATA.resolve("outbox-mail"), mail.fileFolder());
        assertEquals("help@okpay.example", mail.supportAddress().getAddress());
        assertEquals("help-center@help.okpay.example", mail.from().getAddress());
        assertEquals(MailSecurity.NONE, mail.security());
        assertEquals(25, mail.smtpPort());
    }

    @Test
    void environmentAndFlagsConfigureSmtpWithThePortOfTheChosenSecurity() {
        Map<String, String> env = Map.of("SMTP_HOST", "smtp.okpay.example", "SMTP_SECURITY", "starttls",
                "SMTP_USER", "mailer", "SMTP_PASSWORD", "pw", "MAIL_FROM", "OKpay 帮助中心 <help@okpay.example>",
                "SUPPORT_EMAIL", "support@okpay.example", "CONTACT_CONFIRMATION", "true",
                "HELPCENTER_CONTACT_RATE_LIMIT", "off", "HELPCENTER_CONTACT_MIN_FILL_SECONDS", "0");
        MailSettings mail = MailSettings.from(new Settings(Map.of(), env), DATA, null, "http://localhost:7070");
        assertEquals(587, mail.smtpPort());
        assertEquals("OKpay 帮助中心", mail.from().getPersonal());
        assertEquals(465, MailSettings.from(new Settings(Map.of("smtp-security", "ssl"), env), DATA, null, "http://x").smtpPort());
        assertEquals(2525, MailSettings.from(new Settings(Map.of("smtp-port", "2525"), env), DATA, null, "http://x").smtpPort());
        ContactSettings contact = ContactSettings.from(new Settings(Map.of(), env));
        assertTrue(contact.confirmation());
        assertEquals(Optional.empty(), contact.rateLimit());
    }

    @Test
    void rateLimitsReadLikeCountPerWindow() {
        assertEquals(new RateLimit(20, Duration.ofHours(1)), RateLimit.parse("20/1h").orElseThrow().orElseThrow());
        assertEquals(new RateLimit(100, Duration.ofDays(1)), RateLimit.parse("100/d").orElseThrow().orElseThrow());
        assertEquals(new RateLimit(3, Duration.ofSeconds(90)), RateLimit.parse(" 3/90S ").orElseThrow().orElseThrow());
        for (String wrong : new String[] {"5", "5/10", "0/1m", "5/0m", "five/10m", "5/10w", "-1/1m"}) {
            assertTrue(RateLimit.parse(wrong).isEmpty(), wrong);
        }
    }

    @Test
    void aWrongSettingIsOneLineSayingWhatToSet() {
        assertOneLine("invalid value '5 per hour' for --contact-rate-limit (or HELPCENTER_CONTACT_RATE_LIMIT): "
                + "expected COUNT/WINDOW such as 5/10m, 20/1h or 100/d, or off",
                () -> ContactSettings.from(new Settings(Map.of(), Map.of("HELPCENTER_CONTACT_RATE_LIMIT", "5 per hour"))));
        assertOneLine("invalid value 'tls' for --smtp-security (or SMTP_SECURITY): expected none, starttls or ssl",
                () -> mail(Map.of("SMTP_SECURITY", "tls")));
        assertOneLine("SMTP_USER and SMTP_PASSWORD go together: set both, or neither for a server that needs no login",
                () -> mail(Map.of("SMTP_USER", "mailer")));
        assertOneLine("invalid value 'help at okpay' for --mail-from (or MAIL_FROM): expected one mail address such as "
                + "help@example.com or \"Help Center <help@example.com>\"", () -> mail(Map.of("MAIL_FROM", "help at okpay")));
        assertOneLine("SMTP_USER and SMTP_PASSWORD would cross the network in clear text with SMTP_SECURITY=none: "
                + "set SMTP_SECURITY=starttls or ssl (or --smtp-allow-plaintext for a server on this machine or a "
                + "private network)", () -> mail(Map.of("SMTP_HOST", "smtp.okpay.example", "SMTP_USER", "mailer",
                "SMTP_PASSWORD", "pw")));
        assertEquals("mailer", MailSettings.from(new Settings(Map.of("smtp-allow-plaintext", "true"),
                Map.of("SMTP_USER", "mailer", "SMTP_PASSWORD", "pw")), DATA, "help@okpay.example", "http://x")
                .smtpUser().orElseThrow(), "allowed when asked for");
        assertOneLine("invalid value 'x' for --smtp-port (or SMTP_PORT): expected a whole number from 1 to 65535",
                () -> mail(Map.of("SMTP_PORT", "x")));
        assertOneLine("no support mailbox: set SUPPORT_EMAIL (or --support-email), or support.email in site.yml",
                () -> MailSettings.from(new Settings(Map.of(), Map.of()), DATA, null, "http://x"));
    }

    private static MailSettings mail(Map<String, String> env) {
        return MailSettings.from(new Settings(Map.of(), env), DATA, "help@okpay.example", "http://x");
    }

    private static void assertOneLine(String expected, org.junit.jupiter.api.function.Executable action) {
        assertEquals(expected, assertThrows(ConfigException.class, action).getMessage());
    }
}
