package com.okpay.helpcenter.contact;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;

/**
 * Sends over SMTP, one connection per mail (support mail is a trickle). Every wait on the server
 * (connecting, each read, each write) is shorter than the sender's claim on the mail
 * ({@link MailSender#LEASE}): a server that accepts and then hangs fails the attempt before the
 * claim could run out, even if the heartbeat that renews it were late.
 */
final class SmtpTransport implements MailTransport {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Per read or write; a whole send of the largest mail (18 MB) is many writes, each bounded. */
    static final Duration IO_TIMEOUT = Duration.ofSeconds(10);
    private static final String CONNECT_TIMEOUT_MS = Long.toString(CONNECT_TIMEOUT.toMillis());
    private static final String IO_TIMEOUT_MS = Long.toString(IO_TIMEOUT.toMillis());

    private final MailSettings settings;
    private final String protocol;
    private final Session session;

    SmtpTransport(MailSettings settings) {
        this.settings = settings;
        this.protocol = settings.security() == MailSecurity.SSL ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", settings.smtpHost().orElseThrow());
        properties.setProperty(prefix + "port", Integer.toString(settings.smtpPort()));
        properties.setProperty(prefix + "connectiontimeout", CONNECT_TIMEOUT_MS);
        properties.setProperty(prefix + "timeout", IO_TIMEOUT_MS);
        properties.setProperty(prefix + "writetimeout", IO_TIMEOUT_MS);
        properties.setProperty(prefix + "from", settings.from().getAddress());
        properties.setProperty(prefix + "auth", Boolean.toString(settings.smtpUser().isPresent()));
        if (settings.security() == MailSecurity.STARTTLS) {
            // required: never fall back to sending the password and messages in clear text
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(MimeMessage mail, String id) throws MessagingException {
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(settings.smtpHost().orElseThrow(), settings.smtpPort(),
                    settings.smtpUser().orElse(null), settings.smtpPassword().orElse(null));
            transport.sendMessage(mail, mail.getAllRecipients());
        }
    }

    @Override
    public String describe() {
        return "SMTP " + settings.smtpHost().orElseThrow() + ":" + settings.smtpPort() + " ("
                + settings.security().name().toLowerCase(java.util.Locale.ROOT)
                + settings.smtpUser().map(u -> ", user " + u).orElse(", no login") + ")";
    }
}
