package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns one article file into an {@link Article}. An unchanged file is taken from the previous
 * snapshot as it is; a file that fails keeps its last good version online, and the problem says so.
 */
final class ArticleReader {
    private final MarkdownRenderer renderer;
    private final ArticleCache cache;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final FileDates dates;

    /** An article and the stamp of the file it was read from. */
    record Loaded(Article article, FileStamp stamp) {
    }

    ArticleReader(MarkdownRenderer renderer, ArticleCache cache, FileDates dates) {
        this.renderer = renderer;
        this.cache = cache;
        this.dates = dates;
    }

    /** Returns null when the file has no usable version; the reason is in {@code problems}. */
    Loaded read(Path root, String locale, String category, Path file, FileStamp stamp, SitePaths paths,
                PreviousContent previous, List<ContentProblem> problems) {
        Optional<Article> unchanged = previous.unchanged(file, stamp);
        if (unchanged.isPresent()) {
            return new Loaded(unchanged.get(), stamp);
        }
        try {
            return new Loaded(parse(root, locale, category, file, stamp, paths), stamp);
        } catch (ContentException e) {
            return lastGood(file, previous, e.toProblem(), problems);
        } catch (MarkdownRenderer.Unrenderable e) {
            return lastGood(file, previous, ContentProblem.error(file, 0, "cannot render: " + e.getMessage()), problems);
        } catch (RuntimeException e) {
            return lastGood(file, previous, ContentProblem.error(file, 0, "cannot render: " + e), problems);
        }
    }

    /** From the cache when this version of the file was read before, else read and cached. */
    private Article parse(Path root, String locale, String category, Path file, FileStamp stamp, SitePaths paths)
            throws ContentException {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - 3);
        // a file that looks as it did when last read is neither read nor hashed again (80 MB at 12 000 articles)
        String key = KnownVersions.key(paths.defaultLocale(), root, file);
        String version = cache.knownVersion(key, stamp);
        // the page is rendered when first asked for (and kept by the page cache), not while loading
        UnaryOperator<String> toHtml = markdown -> renderer.html(markdown, root, file, paths);
        Optional<ParsedArticle> cached = version == null ? Optional.empty() : cache.get(version, root, toHtml);
        ParsedArticle parsed;
        if (cached.isPresent()) {
            parsed = cached.get();
        } else {
            byte[] bytes = ContentLoader.bytes(file);
            version = ContentHash.of(paths.defaultLocale(), root.relativize(file.getParent()).toString(), bytes);
            cached = cache.get(version, root, toHtml);
            parsed = cached.isPresent() ? cached.get()
                    : cache.put(version, read(root, file, ContentLoader.decode(file, bytes), paths, toHtml), root, toHtml);
            cache.rememberVersion(key, stamp, version);
        }
        Article article = parsed.at(locale, category, slug, file, paths.article(locale, category, slug), version);
        // the commit date is not part of the file, so it is added here and never kept in the cache
        return article.updated() != null ? article
                : dates.lastChanged(file).map(article::withUpdated).orElse(article);
    }

    private ParsedArticle read(Path root, Path file, String source, SitePaths paths, UnaryOperator<String> toHtml)
            throws ContentException {
        MarkdownFile parsed = frontMatter.parse(file, source);
        FrontMatter fm = parsed.frontMatter();
        if (fm.title() == null || fm.title().isBlank()) {
            throw new ContentException(file, 1, "missing title: add 'title: ...' to the front matter");
        }
        ArticleOutline body = renderer.outline(parsed.body(), root, file, paths);
        return new ParsedArticle(fm.title(), fm.summary() == null ? "" : fm.summary().strip(), fm.tags(),
                fm.order() == null ? Integer.MAX_VALUE : fm.order(), fm.updated(), fm.draft(), fm.aliases(), fm.id(),
                fm.type(), body.headings(), ArticleBody.of(parsed.body(), body, toHtml));
    }

    private static Loaded lastGood(Path file, PreviousContent previous, ContentProblem problem,
                                   List<ContentProblem> problems) {
        Optional<Article> lastGood = previous.lastGood(file);
        if (lastGood.isEmpty()) {
            problems.add(problem);
            return null;
        }
        problems.add(new ContentProblem(problem.path(), problem.line(), problem.severity(),
                problem.message() + " (the last good version stays online until this is fixed)"));
        return new Loaded(lastGood.get(), previous.stampOf(file));
    }
}
