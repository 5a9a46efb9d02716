package com.okpay.helpcenter.contact;

/**
 * Why an attached file was refused: the file's name as sent (or null when the problem is with
 * all of them, such as too many files), a message key, and the detail the message shows (a
 * limit such as {@code 5 MB} or {@code 3}, or a virus name).
 */
public record FileProblem(String fileName, String key, String detail) {
}
