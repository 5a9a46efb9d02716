package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where contact mail goes and how. Without an SMTP host, mails are written as .eml files into
 * {@code fileFolder} instead, so a fresh checkout never needs a mail server.
 *
 * @param supportAddress the support mailbox: SUPPORT_EMAIL, else the address in site.yml
 */
public record MailSettings(Optional<String> smtpHost, int smtpPort, Optional<String> smtpUser,
                           Optional<String> smtpPassword, MailSecurity security, InternetAddress from,
                           InternetAddress supportAddress, Path fileFolder) {

    public static MailSettings from(Settings settings, Path data, String siteSupportEmail, String baseUrl) {
        MailSecurity security = security(settings);
        Optional<String> host = settings.find("smtp-host", "SMTP_HOST");
        int port = settings.integer("smtp-port", "SMTP_PORT", security.defaultPort(), 1, 65535);
        Optional<String> user = settings.find("smtp-user", "SMTP_USER");
        Optional<String> password = settings.find("smtp-password", "SMTP_PASSWORD");
        if (user.isPresent() != password.isPresent()) {
            throw new ConfigException("SMTP_USER and SMTP_PASSWORD go together: set both, or neither for a server "
                    + "that needs no login");
        }
        if (user.isPresent() && security == MailSecurity.NONE
                && !settings.bool("smtp-allow-plaintext", "SMTP_ALLOW_PLAINTEXT", false)) {
            throw new ConfigException("SMTP_USER and SMTP_PASSWORD would cross the network in clear text with "
                    + "SMTP_SECURITY=none: set SMTP_SECURITY=starttls or ssl (or --smtp-allow-plaintext for a server "
                    + "on this machine or a private network)");
        }
        InternetAddress from = address(settings, "mail-from", "MAIL_FROM", defaultFrom(baseUrl));
        String support = settings.find("support-email", "SUPPORT_EMAIL").orElse(siteSupportEmail);
        if (support == null) {
            throw new ConfigException("no support mailbox: set SUPPORT_EMAIL (or --support-email), "
                    + "or support.email in site.yml");
        }
        return new MailSettings(host, port, user, password, security, from,
                address(settings, "support-email", "SUPPORT_EMAIL", support), data.resolve("outbox-mail"));
    }

    private static MailSecurity security(Settings settings) {
        String raw = settings.string("smtp-security", "SMTP_SECURITY", "none");
        try {
            return MailSecurity.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw settings.invalid("smtp-security", "SMTP_SECURITY", raw, "none, starttls or ssl");
        }
    }

    private static InternetAddress address(Settings settings, String flag, String env, String fallback) {
        String raw = settings.string(flag, env, fallback);
        try {
            InternetAddress address = new InternetAddress(raw, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw settings.invalid(flag, env, raw, "one mail address such as help@example.com "
                    + "or \"Help Center <help@example.com>\"");
        }
    }

    /** An address at the site's own domain, which is at least plausible to an SMTP server. */
    private static String defaultFrom(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return "help-center@" + (host != null && host.contains(".") ? host : "localhost");
    }

    public boolean writesFiles() {
        return smtpHost.isEmpty();
    }
}
