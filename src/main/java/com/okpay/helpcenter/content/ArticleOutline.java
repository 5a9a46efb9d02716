package com.okpay.helpcenter.content;

import java.util.List;

/** What the rest of the site needs to know about an article's body before its HTML is rendered. */
public record ArticleOutline(String text, List<Heading> headings, List<LocalLink> links) {

    public ArticleOutline {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
