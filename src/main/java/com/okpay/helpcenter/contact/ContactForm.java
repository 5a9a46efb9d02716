package com.okpay.helpcenter.contact;

import java.util.Map;

/**
 * What a visitor typed into the contact form, as typed: nothing is trimmed or escaped here, so
 * the form can be shown back unchanged and the stored message is exactly what was written.
 * The payment details are asked for only by topics with {@code details: true}; {@code article} is
 * the path of the article the visitor came from ("still need help?"), as context for support.
 */
public record ContactForm(String name, String email, String topic, String subject, String message,
                          String transactionDate, String amount, String transactionId, String article) {

    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String TOPIC = "topic";
    public static final String SUBJECT = "subject";
    public static final String MESSAGE = "message";
    public static final String TRANSACTION_DATE = "transaction_date";
    public static final String AMOUNT = "amount";
    public static final String TRANSACTION_ID = "transaction_id";
    public static final String ARTICLE = "article";
    /** The file input: its parts are files, not text, and never part of this record. */
    public static final String ATTACHMENTS = "attachments";

    public ContactForm {
        name = orEmpty(name);
        email = orEmpty(email);
        topic = orEmpty(topic);
        subject = orEmpty(subject);
        message = orEmpty(message);
        transactionDate = orEmpty(transactionDate);
        amount = orEmpty(amount);
        transactionId = orEmpty(transactionId);
        article = orEmpty(article);
    }

    public static ContactForm from(Map<String, String> fields) {
        return new ContactForm(fields.get(NAME), fields.get(EMAIL), fields.get(TOPIC), fields.get(SUBJECT),
                fields.get(MESSAGE), fields.get(TRANSACTION_DATE), fields.get(AMOUNT), fields.get(TRANSACTION_ID),
                fields.get(ARTICLE));
    }

    /** A blank form, optionally with the subject, topic and article that led the visitor here. */
    public static ContactForm blank(String subject, String topic, String article) {
        return new ContactForm("", "", topic, subject, "", "", "", "", article);
    }

    public ContactForm withArticle(String path) {
        return new ContactForm(name, email, topic, subject, message, transactionDate, amount, transactionId, path);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
