package com.okpay.helpcenter.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a content folder into a {@link Content} snapshot: site.yml, then each locale's category
 * folders and their articles. A broken file is reported with its path and line and skipped; only
 * a missing or unreadable site.yml stops the load.
 */
public final class ContentLoader {
    public static final String SITE_FILE = "site.yml";
    public static final String CATEGORY_FILE = "_category.md";
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    public static final Set<String> MEDIA_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "pdf");

    private final MarkdownRenderer renderer;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final SiteConfigParser siteParser = new SiteConfigParser();
    private final boolean includeDrafts;

    public ContentLoader(MarkdownRenderer renderer, boolean includeDrafts) {
        this.renderer = renderer;
        this.includeDrafts = includeDrafts;
    }

    public Content load(Path contentRoot) throws ContentException {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path siteFile = root.resolve(SITE_FILE);
        if (!Files.isRegularFile(siteFile)) {
            throw new ContentException(siteFile, 0, "site.yml is missing: every content folder needs one");
        }
        SiteConfig site = siteParser.parse(siteFile, read(siteFile));
        SitePaths paths = new SitePaths(site.defaultLocale());
        List<ContentProblem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Category> categories = new ArrayList<>();
        Map<String, Path> media = new HashMap<>();

        for (SiteLocale locale : site.locales()) {
            Path localeDir = root.resolve(locale.code());
            if (!Files.isDirectory(localeDir)) {
                problems.add(ContentProblem.warning(siteFile, 0, "locale " + locale.code() + " has no folder " + locale.code() + "/"));
                continue;
            }
            for (Path categoryDir : list(localeDir, Files::isDirectory)) {
                String slug = categoryDir.getFileName().toString();
                if (slug.startsWith(".")) {
                    continue;
                }
                if (!SLUG.matcher(slug).matches()) {
                    problems.add(ContentProblem.error(categoryDir, 0, "folder name '" + slug
                            + "' cannot be a URL: use letters, digits and hyphens"));
                    continue;
                }
                categories.add(loadCategory(root, locale.code(), categoryDir, paths, problems, media));
            }
        }
        Map<String, String> aliases = aliases(categories, problems);
        return new Content(root, site, categories, aliases, media, problems, Instant.now());
    }

    private Category loadCategory(Path root, String locale, Path dir, SitePaths paths,
                                  List<ContentProblem> problems, Map<String, Path> media) {
        String slug = dir.getFileName().toString();
        Path categoryFile = dir.resolve(CATEGORY_FILE);
        String title = slug;
        String description = "";
        int order = Integer.MAX_VALUE;
        String icon = null;
        if (Files.isRegularFile(categoryFile)) {
            try {
                FrontMatter fm = frontMatter.parse(categoryFile, read(categoryFile)).frontMatter();
                title = fm.title() == null ? slug : fm.title();
                description = fm.description() == null ? "" : fm.description();
                order = fm.order() == null ? Integer.MAX_VALUE : fm.order();
                icon = fm.icon();
            } catch (ContentException e) {
                problems.add(e.toProblem());
            }
        } else {
            problems.add(ContentProblem.warning(dir, 0, "category has no " + CATEGORY_FILE
                    + ": add one with a title and description"));
        }
        List<Path> files = list(dir, Files::isRegularFile);
        for (Path file : files) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
            if (MEDIA_EXTENSIONS.contains(extension) && SLUG.matcher(name).matches()) {
                media.put(locale + "/" + slug + "/" + name, file);
            }
        }
        List<Article> articles = files.parallelStream()
                .filter(f -> f.getFileName().toString().endsWith(".md"))
                .filter(f -> !f.getFileName().toString().equals(CATEGORY_FILE))
                .map(f -> loadArticle(root, locale, slug, f, paths, problems))
                .filter(a -> a != null && (includeDrafts || !a.draft()))
                .sorted(Comparator.comparingInt(Article::order).thenComparing(Article::title))
                .toList();
        return new Category(locale, slug, title, description, order, icon, categoryFile,
                paths.category(locale, slug), articles);
    }

    private Article loadArticle(Path root, String locale, String category, Path file, SitePaths paths,
                                List<ContentProblem> problems) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - 3);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(ContentProblem.error(file, 0, "file name '" + name
                    + "' cannot be a URL: use letters, digits and hyphens"));
            return null;
        }
        try {
            MarkdownFile parsed = frontMatter.parse(file, read(file));
            FrontMatter fm = parsed.frontMatter();
            if (fm.title() == null || fm.title().isBlank()) {
                throw new ContentException(file, 1, "missing title: add 'title: ...' to the front matter");
            }
            RenderedMarkdown body = renderer.render(parsed.body(), root, file, paths);
            return new Article(locale, category, slug, fm.title(), fm.summary() == null ? "" : fm.summary().strip(),
                    fm.tags(), fm.order() == null ? Integer.MAX_VALUE : fm.order(), fm.updated(), fm.draft(),
                    fm.aliases(), fm.id(), fm.type(), body.html(), body.text(), body.headings(), body.links(),
                    file, paths.article(locale, category, slug));
        } catch (ContentException e) {
            problems.add(e.toProblem());
            return null;
        } catch (RuntimeException e) {
            problems.add(ContentProblem.error(file, 0, "cannot render: " + e));
            return null;
        }
    }

    private static Map<String, String> aliases(List<Category> categories, List<ContentProblem> problems) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Set<String> realUrls = new java.util.HashSet<>();
        categories.forEach(c -> {
            realUrls.add(c.url());
            c.articles().forEach(a -> realUrls.add(a.url()));
        });
        for (Category category : categories) {
            for (Article article : category.articles()) {
                for (String alias : article.aliases()) {
                    String path = alias.startsWith("/") ? alias : "/" + alias;
                    if (realUrls.contains(path)) {
                        problems.add(ContentProblem.error(article.source(), 0, "alias " + path + " is the URL of a real page"));
                    } else if (aliases.containsKey(path)) {
                        problems.add(ContentProblem.error(article.source(), 0, "alias " + path
                                + " is already used by " + aliases.get(path)));
                    } else {
                        aliases.put(path, article.url());
                    }
                }
            }
        }
        return aliases;
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads a file as strict UTF-8, so a file saved in another encoding is reported, not garbled. */
    static String read(Path file) throws ContentException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(file, 0, "not UTF-8 text: save the file as UTF-8");
        } catch (IOException e) {
            throw new ContentException(file, 0, "cannot read: " + e.getMessage());
        }
    }
}
