package com.okpay.helpcenter.content;

import java.util.List;

/**
 * The bulk of an article: its rendered HTML, its plain text and its links. Bodies kept by an
 * {@link ArticleCache} are read from its file each time they are asked for, so 50 000 articles'
 * bodies stay in the operating system's page cache instead of on the Java heap.
 */
public interface ArticleBody {
    String html();

    String text();

    /** Links and images pointing into the content folder, for {@code check}. */
    List<LocalLink> links();

    /** A body held in memory: for content read without a cache ({@code check}, tests). */
    static ArticleBody of(RenderedMarkdown rendered) {
        return new InMemory(rendered.html(), rendered.text(), rendered.links());
    }

    record InMemory(String html, String text, List<LocalLink> links) implements ArticleBody {
        public InMemory {
            links = List.copyOf(links);
        }
    }
}
