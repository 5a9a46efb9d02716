package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One immutable snapshot of the whole help center, with the look-ups pages need. A reload builds a
 * new snapshot and swaps it in whole, so a request never sees half an update.
 */
public final class Content {
    private final Path root;
    private final SiteConfig site;
    private final SitePaths paths;
    private final Map<String, List<Category>> categoriesByLocale;
    private final Map<String, Category> categoriesByKey;
    private final Map<String, Article> articlesByKey;
    private final Map<String, Article> articlesByUrl;
    private final Map<String, String> aliases;
    private final Map<String, List<Article>> translations;
    private final Map<String, Path> media;
    private final List<ContentProblem> problems;
    private final Instant loadedAt;
    private final Map<Path, FileStamp> stamps;

    Content(Path root, SiteConfig site, List<Category> categories, Map<String, String> aliases,
            Map<String, Path> media, List<ContentProblem> problems, Instant loadedAt, Map<Path, FileStamp> stamps) {
        this.root = root;
        this.site = site;
        this.paths = new SitePaths(site.defaultLocale());
        this.categoriesByLocale = categories.stream()
                .sorted(Comparator.comparingInt(Category::order).thenComparing(Category::title))
                .collect(Collectors.groupingBy(Category::locale, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        this.categoriesByKey = categories.stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.locale() + "/" + c.slug(), c -> c));
        this.articlesByKey = categories.stream().flatMap(c -> c.articles().stream())
                .collect(Collectors.toMap(Article::key, a -> a, (a, b) -> a, LinkedHashMap::new));
        this.articlesByUrl = articlesByKey.values().stream()
                .collect(Collectors.toUnmodifiableMap(Article::url, a -> a, (a, b) -> a));
        this.translations = articlesByKey.values().stream().filter(a -> a.translationKey() != null)
                .collect(Collectors.groupingBy(Article::translationKey, Collectors.toUnmodifiableList()));
        this.aliases = Map.copyOf(aliases);
        this.media = Map.copyOf(media);
        this.problems = problems.stream()
                .sorted(Comparator.comparing((ContentProblem p) -> p.path().toString()).thenComparingInt(ContentProblem::line))
                .toList();
        this.loadedAt = loadedAt;
        this.stamps = Map.copyOf(stamps);
    }

    public Path root() {
        return root;
    }

    public SiteConfig site() {
        return site;
    }

    public SitePaths paths() {
        return paths;
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public List<Category> categories(String locale) {
        return categoriesByLocale.getOrDefault(locale, List.of());
    }

    public Optional<Category> category(String locale, String slug) {
        return Optional.ofNullable(categoriesByKey.get(locale + "/" + slug));
    }

    public Optional<Article> article(String locale, String category, String slug) {
        return Optional.ofNullable(articlesByKey.get(Article.key(locale, category, slug)));
    }

    /** The published article at a site path such as {@code /en/articles/faq/refund}. */
    public Optional<Article> articleAt(String url) {
        return Optional.ofNullable(url == null ? null : articlesByUrl.get(url));
    }

    public java.util.Collection<Article> articles() {
        return articlesByKey.values();
    }

    public List<Article> articles(String locale) {
        return categories(locale).stream().flatMap(c -> c.articles().stream()).toList();
    }

    /** The URL an old address now lives at, for 301 redirects. */
    public Optional<String> aliasTarget(String path) {
        return Optional.ofNullable(aliases.get(path));
    }

    public Map<String, String> aliases() {
        return aliases;
    }

    /** The same article in the other locales, linked by their shared id. */
    public List<Article> translationsOf(Article article) {
        if (article.translationKey() == null) {
            return List.of();
        }
        return translations.getOrDefault(article.translationKey(), List.of()).stream()
                .filter(a -> !a.locale().equals(article.locale())).toList();
    }

    public Optional<Article> translation(Article article, String locale) {
        return translationsOf(article).stream().filter(a -> a.locale().equals(locale)).findFirst();
    }

    /** A file next to the articles (an image), only if the loader saw it: no path is ever built from input. */
    public Optional<Path> media(String locale, String category, String file) {
        return Optional.ofNullable(media.get(locale + "/" + category + "/" + file));
    }

    /** What each article's file looked like when it was read, so a reload can skip unchanged files. */
    Map<Path, FileStamp> stamps() {
        return stamps;
    }

    public int articleCount() {
        return articlesByKey.size();
    }

    /**
     * Where editors change this article's file, from site.yml's {@code editUrl}; the same for every
     * reader. The path is relative to the content folder, with {@code /} separators, each part
     * URL-encoded.
     */
    public Optional<String> editUrl(Article article) {
        if (site.editUrl() == null || !article.source().startsWith(root)) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(article.source())) {
            path.append(path.length() == 0 ? "" : "/").append(java.net.URLEncoder.encode(part.toString(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return Optional.of(site.editUrl().replace(SiteConfigParser.EDIT_PATH, path));
    }
}
