package com.okpay.helpcenter.content;

import java.time.LocalDate;
import java.util.List;

/**
 * What one article file yields on its own, before it is placed in the site: its front matter and
 * rendered body. This is what {@link ArticleCache} keeps, keyed by the file's {@link ContentHash}.
 */
record ParsedArticle(String title, String summary, List<String> tags, int order, LocalDate updated,
                     boolean draft, List<String> aliases, String translationKey, String type,
                     List<Heading> headings, ArticleBody body) {

    ParsedArticle {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        headings = List.copyOf(headings);
    }

    ParsedArticle withBody(ArticleBody stored) {
        return new ParsedArticle(title, summary, tags, order, updated, draft, aliases, translationKey, type,
                headings, stored);
    }

    Article at(String locale, String category, String slug, java.nio.file.Path source, String url, String version) {
        return new Article(locale, category, slug, title, summary, tags, order, updated, draft, aliases,
                translationKey, type, body, headings, source, url, version);
    }
}
