package com.okpay.helpcenter.content;

import java.util.List;

/** An article body turned into safe HTML, plus what the rest of the site needs to know about it. */
public record RenderedMarkdown(String html, String text, List<Heading> headings, List<LocalLink> links) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
