package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.Config;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.security.Security;
import com.okpay.helpcenter.site.LiveSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact feature's parts, built from the configuration: what the web layer calls
 * ({@code desk}, {@code receipts}), the background {@code sender} and {@code retention}, and the
 * attachment limits with the folder uploads are spooled to. Form tokens are checked with the
 * shared {@link Security#guard()}.
 */
public record ContactModule(ContactSettings settings, ContactDesk desk, Receipts receipts, MailSender sender,
                            AttachmentSettings attachments, Path uploads, Retention retention) implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContactModule.class);

    public static ContactModule create(Config config, Database database, LiveSite site, Messages messages,
                                       Security security, Clock clock) {
        ContactSettings settings = ContactSettings.from(config.settings());
        AttachmentSettings attachments = AttachmentSettings.from(config.settings());
        MailSettings mail = MailSettings.from(config.settings(), config.data(),
                site.current().content().site().support().email(), config.baseUrl());
        var signer = security.signer();
        Outbox outbox = new Outbox(database, clock);
        AttachmentStore store = new AttachmentStore(database, attachments.storeBytes());
        MailTransport transport = mail.writesFiles() ? new FileTransport(mail.fileFolder()) : new SmtpTransport(mail);
        MailSender sender = new MailSender(outbox, new MailComposer(mail, site, messages, config.baseUrl(), store),
                transport, RetryPolicy.standard(), clock);
        Path uploads = config.data().resolve("uploads");
        ContactDesk desk = new ContactDesk(site, outbox, new References(clock),
                new MessageQuota(settings.rateLimit(), signer, database.vendor()), sender, settings.confirmation(), clock,
                new AttachmentIntake(attachments, uploads), store,
                database.vendor() == com.okpay.helpcenter.db.Vendor.SQLITE ? 1 : 4,
                database.vendor() == com.okpay.helpcenter.db.Vendor.SQLITE ? DiskRoom.of(config.data(), settings.minFree())
                        : DiskRoom.UNCHECKED);
        Retention retention = new Retention(new MessageEraser(database), Retention.period(config.settings()), clock);
        if (mail.writesFiles()) {
            log.warn("SMTP_HOST is not set: contact messages are NOT emailed but written as .eml files to {} "
                    + "(set SMTP_HOST, SUPPORT_EMAIL and MAIL_FROM to deliver them)", mail.fileFolder());
        } else {
            log.info("contact messages go to {} via {}, from {}", mail.supportAddress(), transport.describe(), mail.from());
        }
        return new ContactModule(settings, desk, new Receipts(signer, clock), sender, attachments, uploads, retention);
    }

    public void start() {
        emptyUploads();
        sender.start();
        retention.start();
    }

    /** Uploads being received when the last run stopped were never accepted: their spool files can go. */
    private void emptyUploads() {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (Stream<Path> files = Files.list(uploads)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("cannot delete the leftover upload {}: {}", file, e.toString());
                }
            });
        } catch (IOException e) {
            log.warn("cannot empty the upload folder {}: {}", uploads, e.toString());
        }
    }

    @Override
    public void close() {
        retention.close();
        sender.close();
    }
}
