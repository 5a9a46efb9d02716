package com.okpay.helpcenter.search;

/**
 * The passage shown above the results when the top article matched clearly: the section that
 * matched best, linked at its heading.
 *
 * @param url         the article's URL with the section's anchor
 * @param heading     the section heading, or null for the article's opening
 * @param passageHtml the passage, HTML-encoded, with the matched words in {@code <mark>}
 */
public record Answer(String url, String title, String heading, String passageHtml) {
}
