package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A published help article: its front matter, rendered body and where it lives. {@code version}
 * is the {@link ContentHash} of the file it was read from: what the caches derived from it (the
 * article cache, the search index) are keyed by.
 */
public record Article(String locale, String category, String slug, String title, String summary,
                      List<String> tags, int order, LocalDate updated, boolean draft,
                      List<String> aliases, String translationKey, String type,
                      ArticleBody body, List<Heading> headings,
                      Path source, String url, String version) {

    public Article {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        headings = List.copyOf(headings);
    }

    /** The body as safe HTML; may read it from the cache file, so callers keep what they need. */
    public String html() {
        return body.html();
    }

    /** The body as plain text, for search and snippets; may read it from the cache file. */
    public String text() {
        return body.text();
    }

    public List<LocalLink> links() {
        return body.links();
    }

    /** "locale/category/slug": unique across the site. */
    public String key() {
        return key(locale, category, slug);
    }

    public static String key(String locale, String category, String slug) {
        return locale + "/" + category + "/" + slug;
    }

    public Optional<LocalDate> lastUpdated() {
        return Optional.ofNullable(updated);
    }

    public boolean isFaq() {
        return "faq".equals(type);
    }
}
