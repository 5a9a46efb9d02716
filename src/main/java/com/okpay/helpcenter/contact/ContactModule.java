package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.security.Security;
import com.okpay.helpcenter.site.LiveSite;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact feature's parts, built from the configuration: what the web layer calls
 * ({@code desk}, {@code receipts}) and the background {@code sender}. Form tokens are checked with
 * the shared {@link Security#guard()}.
 */
public record ContactModule(ContactSettings settings, ContactDesk desk, Receipts receipts,
                            MailSender sender) implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContactModule.class);

    public static ContactModule create(Config config, Database database, LiveSite site, Messages messages,
                                       Security security, Clock clock) {
        ContactSettings settings = ContactSettings.from(config.settings());
        MailSettings mail = MailSettings.from(config.settings(), config.data(),
                site.current().content().site().support().email(), config.baseUrl());
        var signer = security.signer();
        Outbox outbox = new Outbox(database, clock);
        MailTransport transport = mail.writesFiles() ? new FileTransport(mail.fileFolder()) : new SmtpTransport(mail);
        MailSender sender = new MailSender(outbox, new MailComposer(mail, site, messages, config.baseUrl()), transport,
                RetryPolicy.standard(), clock);
        ContactDesk desk = new ContactDesk(site, outbox, new References(clock),
                new MessageQuota(settings.rateLimit(), signer, database.vendor()), sender, settings.confirmation(), clock);
        if (mail.writesFiles()) {
            log.warn("SMTP_HOST is not set: contact messages are NOT emailed but written as .eml files to {} "
                    + "(set SMTP_HOST, SUPPORT_EMAIL and MAIL_FROM to deliver them)", mail.fileFolder());
        } else {
            log.info("contact messages go to {} via {}, from {}", mail.supportAddress(), transport.describe(), mail.from());
        }
        return new ContactModule(settings, desk, new Receipts(signer, clock), sender);
    }

    public void start() {
        sender.start();
    }

    @Override
    public void close() {
        sender.close();
    }
}
