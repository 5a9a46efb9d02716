package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot a reload starts from: unchanged files are taken from it instead of being parsed
 * and rendered again, and a file that no longer loads keeps its last good version from it.
 * Only usable when nothing its rendering depended on changed (content root, default locale).
 */
final class PreviousContent {
    private static final PreviousContent NONE = new PreviousContent(Map.of(), Map.of(), Map.of());

    private final Map<Path, Article> articles;
    private final Map<Path, FileStamp> stamps;
    private final Map<Path, Category> categories;

    private PreviousContent(Map<Path, Article> articles, Map<Path, FileStamp> stamps, Map<Path, Category> categories) {
        this.articles = articles;
        this.stamps = stamps;
        this.categories = categories;
    }

    static PreviousContent of(Content previous, Path root, String defaultLocale) {
        if (previous == null || !previous.root().equals(root) || !previous.site().defaultLocale().equals(defaultLocale)) {
            return NONE;
        }
        Map<Path, Article> articles = new HashMap<>();
        previous.articles().forEach(a -> articles.put(a.source(), a));
        Map<Path, Category> categories = new HashMap<>();
        previous.site().locales().forEach(l -> previous.categories(l.code()).forEach(c -> categories.put(c.source(), c)));
        return new PreviousContent(articles, previous.stamps(), categories);
    }

    /** The article read from {@code file} last time, if the file has not changed since. */
    Optional<Article> unchanged(Path file, FileStamp stamp) {
        return stamp.equals(stamps.get(file)) ? Optional.ofNullable(articles.get(file)) : Optional.empty();
    }

    Optional<Article> lastGood(Path file) {
        return Optional.ofNullable(articles.get(file));
    }

    FileStamp stampOf(Path file) {
        return stamps.get(file);
    }

    Optional<Category> lastGoodCategory(Path categoryFile) {
        return Optional.ofNullable(categories.get(categoryFile));
    }
}
