package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.db.DatabaseSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * {@code helpcenter forget --email ADDRESS}: erases every contact message written with that
 * address (compared without regard to case), with its mails still to send and its attachments,
 * and prints what went: the customer's right to erasure under GDPR and PIPL. Runs against the
 * database the server writes; the server may keep running.
 */
public final class ForgetCommand {
    private final PrintStream out;

    public ForgetCommand(PrintStream out) {
        this.out = out;
    }

    public int run(Settings settings) {
        String email = settings.find("email", null).orElseThrow(() -> new ConfigException(
                "forget needs --email ADDRESS: the address whose contact messages are erased"));
        if (!ContactRules.isEmail(email.strip())) {
            throw settings.invalid("email", null, email, "an email address such as name@example.com");
        }
        Path data = settings.path("data", "HELPCENTER_DATA", "./data");
        DatabaseSettings database = DatabaseSettings.from(settings, data);
        settings.rejectUnknownFlags();
        try (Database db = Database.open(database)) {
            MessageEraser.Erased erased = new MessageEraser(db).ofEmail(email);
            if (erased.references().isEmpty()) {
                out.println("no contact messages from " + email.strip());
                return 0;
            }
            out.println("erased " + erased.references().size() + " contact message(s) from " + email.strip()
                    + " with " + erased.attachments() + " attachment(s):");
            erased.references().forEach(reference -> out.println("  " + reference));
            return 0;
        } catch (SQLException e) {
            throw new ConfigException("cannot erase contact messages: " + e.getMessage());
        }
    }
}
