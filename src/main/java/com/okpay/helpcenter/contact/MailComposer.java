package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.content.ContactTopic;
import com.okpay.helpcenter.content.SiteConfig;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.site.LiveSite;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Builds the mails for a message: the one to the support mailbox (Reply-To the customer, every
 * field, in the site's default language) and the customer's receipt (in their language, with
 * nothing they typed in it, so the form cannot be used to mail arbitrary text to a stranger).
 * Headers are UTF-8 encoded words; nothing a visitor typed can start a header line of its own.
 */
final class MailComposer {
    private static final String UTF8 = "UTF-8";
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MailSettings settings;
    private final LiveSite site;
    private final Messages messages;
    /** The public address of the site, without a trailing slash: article paths become links. */
    private final String baseUrl;
    private final Session session = Session.getInstance(new Properties());
    /** Where a message's attachments are read from; null when the mails carry none. */
    private final AttachmentStore attachments;

    MailComposer(MailSettings settings, LiveSite site, Messages messages, String baseUrl) {
        this(settings, site, messages, baseUrl, null);
    }

    MailComposer(MailSettings settings, LiveSite site, Messages messages, String baseUrl, AttachmentStore attachments) {
        this.attachments = attachments;
        this.settings = settings;
        this.site = site;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.messages = messages;
    }

    MimeMessage compose(Delivery delivery) throws MessagingException {
        return delivery.kind() == MailKind.SUPPORT ? support(delivery.message()) : confirmation(delivery.message());
    }

    private MimeMessage support(ContactMessage m) throws MessagingException {
        SiteConfig config = site.current().content().site();
        String lang = config.defaultLocale();
        String topic = topicLabel(config, m.topic(), lang);
        MimeMessage mail = newMail(m, MailKind.SUPPORT);
        mail.setRecipient(Message.RecipientType.TO, settings.supportAddress());
        InternetAddress customer = customer(m);
        if (customer != null) {
            mail.setReplyTo(new InternetAddress[] {customer});
        }
        String title = "[" + m.reference() + "] " + topic + ": " + oneLine(m.subject());
        mail.setSubject(title, UTF8);
        MailBody body = new MailBody()
                .field(text(lang, "contact.mail.reference"), m.reference())
                .field(text(lang, "contact.mail.received"), RECEIVED.format(m.createdAt()))
                .field(text(lang, "contact.mail.language"), m.locale())
                .field(text(lang, "contact.field.topic"), topic + " (" + m.topic() + ")")
                .field(text(lang, "contact.field.name"), m.name())
                .field(text(lang, "contact.field.email"), m.email())
                .field(text(lang, "contact.field.subject"), m.subject())
                .field(text(lang, "contact.field.transaction_date"), m.transactionDate())
                .field(text(lang, "contact.field.amount"), m.amount())
                .field(text(lang, "contact.field.transaction_id"), m.transactionId())
                .field(text(lang, "contact.field.article"), m.article() == null ? null : baseUrl + m.article())
                .text(text(lang, "contact.field.message"), m.message());
        if (customer == null) {
            body.paragraph(text(lang, "contact.mail.noReplyTo"));
        }
        List<AttachmentStore.Stored> files = attachmentsOf(m);
        for (AttachmentStore.Stored file : files) {
            body.field(text(lang, "contact.mail.attachment", file.fileNo()), describe(lang, file));
        }
        setBody(mail, body, lang, title, files);
        return mail;
    }

    private MimeMessage confirmation(ContactMessage m) throws MessagingException {
        SiteConfig config = site.current().content().site();
        String lang = config.hasLocale(m.locale()) ? m.locale() : config.defaultLocale();
        MimeMessage mail = newMail(m, MailKind.CONFIRMATION);
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(m.email(), true));
        mail.setReplyTo(new InternetAddress[] {settings.supportAddress()});
        mail.setHeader("Auto-Submitted", "auto-generated");
        String title = text(lang, "contact.mail.confirmation.subject", m.reference());
        mail.setSubject(title, UTF8);
        String response = config.topic(m.topic()).map(t -> t.response().text(lang, config.defaultLocale())).orElse("");
        MailBody body = new MailBody()
                .paragraph(text(lang, "contact.mail.confirmation.intro"))
                .field(text(lang, "contact.mail.reference"), m.reference())
                .field(text(lang, "contact.field.topic"), topicLabel(config, m.topic(), lang))
                .field(text(lang, "contact.thanks.response"), response.isEmpty() ? null : response)
                .paragraph(text(lang, "contact.mail.confirmation.next"));
        setBody(mail, body, lang, title);
        return mail;
    }

    /** Same Message-ID on every retry, so a mail that somehow goes out twice can be recognised. */
    private MimeMessage newMail(ContactMessage m, MailKind kind) throws MessagingException {
        String messageId = "<" + m.reference() + "." + kind.column() + "@" + domainOf(settings.from()) + ">";
        MimeMessage mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mail.setFrom(settings.from());
        mail.setSentDate(Date.from(m.createdAt()));
        mail.setHeader("X-Helpcenter-Reference", m.reference());
        return mail;
    }

    private void setBody(MimeMessage mail, MailBody body, String lang, String title) throws MessagingException {
        setBody(mail, body, lang, title, List.of());
    }

    private void setBody(MimeMessage mail, MailBody body, String lang, String title, List<AttachmentStore.Stored> files)
            throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(body.plain(), UTF8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(body.html(lang, title), UTF8, "html");
        MimeMultipart text = new MimeMultipart("alternative", plain, html);
        List<AttachmentStore.Stored> kept = files.stream().filter(f -> f.status() != ScanStatus.NOT_KEPT).toList();
        if (kept.isEmpty()) {
            mail.setContent(text);
        } else {
            MimeBodyPart alternative = new MimeBodyPart();
            alternative.setContent(text);
            MimeMultipart mixed = new MimeMultipart("mixed", alternative);
            for (AttachmentStore.Stored file : kept) {
                mixed.addBodyPart(attachment(file));
            }
            mail.setContent(mixed);
        }
        mail.setHeader("Content-Language", lang);
        mail.saveChanges();
    }

    /**
     * The file as a base64 part, read from the database chunk by chunk while the mail is written.
     * The name is RFC 2231-encoded ({@code filename*=UTF-8''...}) when it is not plain ASCII.
     */
    private MimeBodyPart attachment(AttachmentStore.Stored file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(new jakarta.activation.DataSource() {
            @Override
            public java.io.InputStream getInputStream() {
                return attachments.open(file);
            }

            @Override
            public java.io.OutputStream getOutputStream() throws java.io.IOException {
                throw new java.io.IOException("read only");
            }

            @Override
            public String getContentType() {
                return file.mediaType();
            }

            @Override
            public String getName() {
                return file.fileName();
            }
        }));
        part.setDisposition(jakarta.mail.Part.ATTACHMENT);
        part.setFileName(file.fileName());
        // set up front, or the mail library would read the whole file once just to choose an encoding
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private List<AttachmentStore.Stored> attachmentsOf(ContactMessage m) throws MessagingException {
        if (attachments == null) {
            return List.of();
        }
        try {
            return attachments.list(m.reference());
        } catch (java.sql.SQLException e) {
            throw new MessagingException("cannot list the attachments of " + m.reference(), e);
        }
    }

    private String describe(String lang, AttachmentStore.Stored file) {
        String described = file.fileName() + " (" + file.mediaType().replaceFirst(";.*", "") + ", "
                + Sizes.format(file.size()) + ")";
        return switch (file.status()) {
            case NOT_SCANNED -> described + " " + text(lang, "contact.mail.notScanned");
            case NOT_KEPT -> described + " " + text(lang, "contact.mail.notKept");
            default -> described;
        };
    }

    /** The customer as a Reply-To address, or null if the stored address would not parse. */
    private static InternetAddress customer(ContactMessage m) {
        try {
            InternetAddress address = new InternetAddress(m.email(), true);
            address.validate();
            return new InternetAddress(address.getAddress(), oneLine(m.name()), UTF8);
        } catch (AddressException | UnsupportedEncodingException e) {
            return null;
        }
    }

    private static String topicLabel(SiteConfig config, String id, String lang) {
        return config.topic(id).map(ContactTopic::label).map(l -> l.text(lang, config.defaultLocale()))
                .filter(label -> !label.isBlank()).orElse(id);
    }

    private String text(String lang, String key, Object... args) {
        return messages.get(Messages.locale(lang), key, args);
    }

    /** Defence in depth: the form already refuses line breaks in one-line fields. */
    static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> out.appendCodePoint(ContactRules.breaksALine(cp) ? ' ' : cp));
        return out.toString().strip();
    }

    private static String domainOf(InternetAddress address) {
        String email = address.getAddress();
        return email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
