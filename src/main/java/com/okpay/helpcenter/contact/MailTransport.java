package com.okpay.helpcenter.contact;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** Hands a finished mail over; returns only once the other side has accepted it. */
interface MailTransport {
    /** @param id stable per mail (reference and kind), the same on every retry */
    void send(MimeMessage mail, String id) throws MessagingException, IOException;

    /** One line for the start-up log: where mail goes. */
    String describe();
}
