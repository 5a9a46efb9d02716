package com.okpay.helpcenter.search;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML made by the highlighter: the
 * article's text encoded, with the matched words in {@code <mark>}.
 */
public record SearchHit(String url, String title, String titleHtml, String snippetHtml,
                        String category, String categoryTitle) {

    /** The snippet as plain text (for JSON): the marks taken out, the encoding undone. */
    public String snippetText() {
        return org.jsoup.parser.Parser.unescapeEntities(snippetHtml.replace("<mark>", "").replace("</mark>", ""), false);
    }
}
