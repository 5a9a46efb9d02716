package com.okpay.helpcenter.content;

/** A section heading of an article, for the table of contents and anchor links. */
public record Heading(int level, String id, String text) {
}
