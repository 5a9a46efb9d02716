package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.i18n.Messages;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The support mail as bytes on the wire: whatever was stored, it has exactly our headers. */
class MailComposerTest {
    final MailComposer composer = new MailComposer(TestSites.smtp(25, Path.of("data")), TestSites.fixtureSite(),
            new Messages(), "https://help.test.example/");

    @Test
    void lineBreaksThatSomehowReachedTheDatabaseStillCannotAddHeadersOrRecipients() throws Exception {
        ContactMessage hostile = new ContactMessage("OK-20261125-ABCD", Instant.parse("2026-11-25T04:00:00Z"), "zh-CN",
                "general", "Eve\r\nBcc: victim@example.org", "eve@example.com", "Hi\r\nBcc: victim@example.org\r\n\r\nbody",
                "text", null, null, null, null);
        MimeMessage mail = roundTrip(composer.compose(new Delivery(hostile, MailKind.SUPPORT, 1)));
        assertNull(mail.getHeader("Bcc"));
        assertEquals(1, mail.getAllRecipients().length);
        assertEquals("support-team@okpay.test", mail.getAllRecipients()[0].toString());
        assertEquals("[OK-20261125-ABCD] 一般问题: Hi  Bcc: victim@example.org    body", mail.getSubject());
        assertEquals("Eve  Bcc: victim@example.org", ((InternetAddress) mail.getReplyTo()[0]).getPersonal());
    }

    @Test
    void anUnusableStoredAddressStillSendsTheMailToSupportWithoutReplyTo() throws Exception {
        ContactMessage odd = new ContactMessage("OK-20261125-ABCE", Instant.parse("2026-11-25T04:00:00Z"), "en",
                "no-longer-a-topic", "王五", "not an address", "主题", "内容", null, null, null, null);
        MimeMessage mail = roundTrip(composer.compose(new Delivery(odd, MailKind.SUPPORT, 1)));
        assertEquals(mail.getFrom()[0].toString(), mail.getReplyTo()[0].toString(), "no Reply-To header: replies go to From");
        assertEquals("[OK-20261125-ABCE] no-longer-a-topic: 主题", mail.getSubject());
        String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("客户的邮箱地址无法设为回复地址"), text);
        assertTrue(text.contains("电子邮箱: not an address"));
    }

    @Test
    void headersOnTheWireAreAsciiWithUtf8EncodedWords() throws Exception {
        ContactMessage message = TestSites.message("OK-20261125-ABCF", Instant.parse("2026-11-25T04:00:00Z"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        composer.compose(new Delivery(message, MailKind.SUPPORT, 1)).writeTo(bytes);
        String head = bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
        assertTrue(head.chars().allMatch(c -> c < 128), head);
        assertTrue(head.contains("Subject: =?UTF-8?"), head);
        assertTrue(head.contains("Reply-To: =?UTF-8?"), head);
        assertFalse(head.contains("Bcc"));
    }

    private static MimeMessage roundTrip(MimeMessage mail) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mail.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }
}
