package com.okpay.helpcenter.web;

import com.okpay.helpcenter.contact.AttachmentSettings;
import com.okpay.helpcenter.contact.FileProblem;
import com.okpay.helpcenter.contact.Sizes;
import java.util.List;

/**
 * The attachment part of the contact form, already in the visitor's language: the limits (as
 * the hint says them and as contact.js enforces them before upload), the files to choose again
 * after the form came back, and why any was refused.
 */
record ContactAttachmentsView(boolean enabled, int maxFiles, long maxFileBytes, long maxTotalBytes, String hint,
                              List<String> chooseAgain, List<String> problems) {
    /** What the file picker offers; the server decides by the bytes, never by this. */
    static final String ACCEPT = "image/png,image/jpeg,image/webp,image/gif,application/pdf,text/plain,"
            + ".png,.jpg,.jpeg,.webp,.gif,.pdf,.txt,.log";

    interface Texts {
        String get(String key, Object... args);
    }

    static ContactAttachmentsView of(AttachmentSettings limits, ContactView.Files files, Texts texts) {
        String hint = texts.get("contact.hint.attachments", limits.maxFiles(), Sizes.format(limits.maxFileBytes()),
                Sizes.format(limits.maxTotalBytes()));
        List<String> problems = files.problems().stream().map(p -> describe(p, texts)).toList();
        return new ContactAttachmentsView(limits.enabled(), limits.maxFiles(), limits.maxFileBytes(),
                limits.maxTotalBytes(), hint, files.chosen(), problems);
    }

    private static String describe(FileProblem problem, Texts texts) {
        String text = texts.get(problem.key(), problem.detail());
        return problem.fileName() == null ? text : problem.fileName() + ": " + text;
    }

    public String accept() {
        return ACCEPT;
    }
}
