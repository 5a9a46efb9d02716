package com.okpay.helpcenter.contact;

import java.util.Locale;

/** The mails sent for one message: to the support mailbox, and the optional customer receipt. */
enum MailKind {
    SUPPORT, CONFIRMATION;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MailKind of(String column) {
        return valueOf(column.toUpperCase(Locale.ROOT));
    }
}
