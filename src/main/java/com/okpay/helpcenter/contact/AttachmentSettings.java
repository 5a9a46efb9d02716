package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.Settings;
import java.util.Optional;

/**
 * What the contact form accepts as attachments: how many files, how large each and all together,
 * how much may be kept in all (a flood of uploads must not fill the disk), and the optional
 * ClamAV daemon every file is scanned by. {@code maxFiles == 0} turns attachments off.
 * The total is capped at {@link #TOTAL_CEILING} so the support mail, base64-encoded (4/3 of
 * the size) with its text, stays under the 25 MB most mail servers accept.
 */
public record AttachmentSettings(int maxFiles, long maxFileBytes, long maxTotalBytes, long storeBytes,
                                 Optional<ClamdAddress> clamd) {
    public static final long MB = 1024L * 1024;
    public static final long TOTAL_CEILING = 18 * MB;

    public static AttachmentSettings from(Settings settings) {
        int files = settings.integer("contact-attachments", "HELPCENTER_CONTACT_ATTACHMENTS", 3, 0, 10);
        long total = settings.bytes("contact-attachments-total", "HELPCENTER_CONTACT_ATTACHMENTS_TOTAL", 10 * MB,
                0, TOTAL_CEILING);
        long each = settings.bytes("contact-attachment-max", "HELPCENTER_CONTACT_ATTACHMENT_MAX", Math.min(5 * MB, total),
                0, TOTAL_CEILING);
        long store = settings.bytes("contact-attachments-store", "HELPCENTER_CONTACT_ATTACHMENTS_STORE", 2048 * MB,
                0, 1024L * 1024 * MB);
        Optional<String> clamd = settings.find("clamd", "HELPCENTER_CLAMD");
        Optional<ClamdAddress> address = clamd.map(raw -> ClamdAddress.parse(raw).orElseThrow(
                () -> settings.invalid("clamd", "HELPCENTER_CLAMD", raw, "HOST:PORT of a ClamAV daemon, e.g. 127.0.0.1:3310")));
        boolean off = files == 0 || each == 0 || total == 0;
        return new AttachmentSettings(off ? 0 : files, off ? 0 : Math.min(each, total), off ? 0 : total, store, address);
    }

    public boolean enabled() {
        return maxFiles > 0;
    }

    /** Where a ClamAV daemon listens. */
    public record ClamdAddress(String host, int port) {
        static Optional<ClamdAddress> parse(String raw) {
            int colon = raw.lastIndexOf(':');
            if (colon <= 0 || colon == raw.length() - 1) {
                return Optional.empty();
            }
            try {
                int port = Integer.parseInt(raw.substring(colon + 1));
                String host = raw.substring(0, colon).replace("[", "").replace("]", "");
                return port > 0 && port < 65536 ? Optional.of(new ClamdAddress(host, port)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
