package com.okpay.helpcenter.web;

import com.okpay.helpcenter.contact.ContactForm;
import com.okpay.helpcenter.contact.ContactRules;
import com.okpay.helpcenter.contact.FileProblem;
import com.okpay.helpcenter.contact.FormErrors;
import com.okpay.helpcenter.content.Article;
import java.util.List;

/**
 * Everything contact.html shows: the form as typed, its errors, the topics and tips of the site,
 * the signed time it was shown and an optional alert (page expired, rate limited, database down...), already
 * in the visitor's language; {@code article} is the article the visitor wrote from, or null.
 */
record ContactView(ContactForm form, FormErrors errors, List<TopicOption> topics, List<String> tips,
                   String action, String startedToken, String alert, String today,
                   String searchUrl, Article article, ContactAttachmentsView attachments) {

    /** The files a posted form carried, by name, and the problems found with them. */
    record Files(List<String> chosen, List<FileProblem> problems) {
        static final Files NONE = new Files(List.of(), List.of());

        static Files chosen(List<String> names) {
            return new Files(names, List.of());
        }

        Files refused(List<FileProblem> found) {
            return new Files(chosen, found);
        }
    }

    /** A topic as the form's select and the response-time list show it. */
    record TopicOption(String id, String label, String response, boolean details, boolean selected) {
    }

    /** The limits the browser enforces, the same the server checks. */
    record Limits(int name, int email, int subject, int message, int transactionId, int amount, String amountPattern) {
    }

    static final Limits LIMITS = new Limits(ContactRules.NAME_MAX, ContactRules.EMAIL_MAX, ContactRules.SUBJECT_MAX,
            ContactRules.MESSAGE_MAX, ContactRules.TRANSACTION_ID_MAX, ContactRules.AMOUNT_MAX, ContactRules.AMOUNT_PATTERN);

    public Limits limits() {
        return LIMITS;
    }

    /** The topics that ask for payment details, for the script that shows and hides them. */
    public String detailTopics() {
        return String.join(" ", topics.stream().filter(TopicOption::details).map(TopicOption::id).toList());
    }

    /**
     * The message for the textarea: an HTML parser drops one newline right after
     * {@code <textarea>}, so one is added to keep a message that starts with a blank line intact.
     */
    public String messageText() {
        return "\n" + form.message();
    }

    /** The id of an input's error text, for aria-describedby; null when the field is fine. */
    public String errorId(String field) {
        return errors.has(field) ? field + "-error" : null;
    }

    /** aria-describedby for a field with a hint: the hint, plus the error when there is one. */
    public String describedBy(String field) {
        return errors.has(field) ? field + "-hint " + field + "-error" : field + "-hint";
    }
}
