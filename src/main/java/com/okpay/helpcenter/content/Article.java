package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A published help article: its front matter, rendered body and where it lives. */
public record Article(String locale, String category, String slug, String title, String summary,
                      List<String> tags, int order, LocalDate updated, boolean draft,
                      List<String> aliases, String translationKey, String type,
                      String html, String text, List<Heading> headings, List<LocalLink> links,
                      Path source, String url) {

    public Article {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        headings = List.copyOf(headings);
        links = List.copyOf(links);
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
