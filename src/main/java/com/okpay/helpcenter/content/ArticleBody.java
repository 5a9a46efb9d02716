package com.okpay.helpcenter.content;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The bulk of an article: its HTML, its plain text and its links. The HTML is rendered from the
 * Markdown when asked for (the page cache keeps each page), so loading the content renders nothing.
 * Bodies kept by an {@link ArticleCache} are read from its file each time they are asked for, so
 * 50 000 articles' bodies stay in the operating system's page cache instead of on the Java heap.
 */
public interface ArticleBody {
    String html();

    String text();

    /** Links and images pointing into the content folder, for {@code check}. */
    List<LocalLink> links();

    /** The Markdown the HTML is rendered from. */
    String markdown();

    /** A body held in memory: for content read without a cache ({@code check}, tests). */
    static ArticleBody of(String markdown, ArticleOutline outline, UnaryOperator<String> toHtml) {
        return new InMemory(markdown, outline.text(), outline.links(), toHtml);
    }

    record InMemory(String markdown, String text, List<LocalLink> links, UnaryOperator<String> toHtml)
            implements ArticleBody {
        public InMemory {
            links = List.copyOf(links);
        }

        @Override
        public String html() {
            return toHtml.apply(markdown);
        }
    }
}
