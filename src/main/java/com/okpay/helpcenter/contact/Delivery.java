package com.okpay.helpcenter.contact;

/**
 * One mail a sender has claimed. {@code attempt} counts this try too and fences the claim: a
 * sender whose lease ran out can no longer change the row once another sender has claimed it.
 */
record Delivery(ContactMessage message, MailKind kind, int attempt) {
}
