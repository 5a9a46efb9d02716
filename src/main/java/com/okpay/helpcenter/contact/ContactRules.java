package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.content.ContactTopic;
import com.okpay.helpcenter.content.SiteConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server-side rules of the contact form; the template mirrors them as HTML attributes
 * (required, maxlength, type=email, pattern). Lengths count like a browser's maxlength does:
 * UTF-16 units, a line break as one character.
 */
public final class ContactRules {
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int SUBJECT_MAX = 200;
    public static final int MESSAGE_MAX = 10_000;
    public static final int TRANSACTION_ID_MAX = 64;
    public static final int AMOUNT_MAX = 20;
    /** The HTML pattern attribute of the amount field; the server applies the same expression. */
    public static final String AMOUNT_PATTERN = "[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]{1,2})?|[0-9]+(\\.[0-9]{1,2})?";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
            + "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");
    private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ContactRules() {
    }

    /** Checks the form against the topics of the site; {@code today} bounds the transaction date. */
    public static FormErrors check(ContactForm form, SiteConfig site, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        singleLine(errors, ContactForm.NAME, form.name(), NAME_MAX, true);
        singleLine(errors, ContactForm.EMAIL, form.email(), EMAIL_MAX, true);
        if (!errors.containsKey(ContactForm.EMAIL) && !isEmail(form.email().strip())) {
            errors.put(ContactForm.EMAIL, "contact.error.email");
        }
        Optional<ContactTopic> topic = site.topic(form.topic());
        if (form.topic().isEmpty()) {
            errors.put(ContactForm.TOPIC, "contact.error.required");
        } else if (topic.isEmpty()) {
            errors.put(ContactForm.TOPIC, "contact.error.topic");
        }
        singleLine(errors, ContactForm.SUBJECT, form.subject(), SUBJECT_MAX, true);
        message(errors, form.message());
        if (topic.isPresent() && topic.get().details()) {
            details(errors, form, today);
        }
        return new FormErrors(errors);
    }

    static boolean isEmail(String email) {
        return email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches()
                && !email.startsWith(".") && !email.contains("..") && !email.contains(".@");
    }

    private static void singleLine(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (required && value.isBlank()) {
            errors.put(field, "contact.error.required");
        } else if (value.codePoints().anyMatch(ContactRules::breaksALine)) {
            errors.put(field, "contact.error.singleLine");
        } else if (length(value) > max) {
            errors.put(field, "contact.error.tooLong." + field);
        }
    }

    private static void message(Map<String, String> errors, String message) {
        if (message.isBlank()) {
            errors.put(ContactForm.MESSAGE, "contact.error.required");
        } else if (message.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')) {
            errors.put(ContactForm.MESSAGE, "contact.error.characters");
        } else if (length(message) > MESSAGE_MAX) {
            errors.put(ContactForm.MESSAGE, "contact.error.tooLong.message");
        }
    }

    private static void details(Map<String, String> errors, ContactForm form, LocalDate today) {
        if (!form.transactionDate().isBlank()) {
            try {
                LocalDate date = LocalDate.parse(form.transactionDate().strip());
                if (date.isBefore(EARLIEST) || date.isAfter(today.plusDays(1))) {
                    errors.put(ContactForm.TRANSACTION_DATE, "contact.error.date");
                }
            } catch (DateTimeParseException e) {
                errors.put(ContactForm.TRANSACTION_DATE, "contact.error.date");
            }
        }
        if (!form.amount().isBlank() && (form.amount().strip().length() > AMOUNT_MAX
                || !AMOUNT.matcher(form.amount().strip()).matches())) {
            errors.put(ContactForm.AMOUNT, "contact.error.amount");
        }
        singleLine(errors, ContactForm.TRANSACTION_ID, form.transactionId(), TRANSACTION_ID_MAX, false);
    }

    /** Anything that could end a mail header line: CR, LF, other controls, Unicode line separators. */
    static boolean breaksALine(int cp) {
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
    }

    /** The length a browser's maxlength sees: the CR LF a form submits counts as one character. */
    static int length(String value) {
        return value.replace("\r\n", "\n").length();
    }
}
