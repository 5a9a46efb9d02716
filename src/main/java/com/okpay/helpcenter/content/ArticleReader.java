package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns one article file into an {@link Article}. An unchanged file is taken from the previous
 * snapshot as it is; a file that fails keeps its last good version online, and the problem says so.
 */
final class ArticleReader {
    private final MarkdownRenderer renderer;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final FileDates dates;

    /** An article and the stamp of the file it was read from. */
    record Loaded(Article article, FileStamp stamp) {
    }

    ArticleReader(MarkdownRenderer renderer, FileDates dates) {
        this.renderer = renderer;
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
            return new Loaded(parse(root, locale, category, file, paths), stamp);
        } catch (ContentException e) {
            return lastGood(file, previous, e.toProblem(), problems);
        } catch (RuntimeException e) {
            return lastGood(file, previous, ContentProblem.error(file, 0, "cannot render: " + e), problems);
        }
    }

    private Article parse(Path root, String locale, String category, Path file, SitePaths paths) throws ContentException {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - 3);
        MarkdownFile parsed = frontMatter.parse(file, ContentLoader.read(file));
        FrontMatter fm = parsed.frontMatter();
        if (fm.title() == null || fm.title().isBlank()) {
            throw new ContentException(file, 1, "missing title: add 'title: ...' to the front matter");
        }
        RenderedMarkdown body = renderer.render(parsed.body(), root, file, paths);
        return new Article(locale, category, slug, fm.title(), fm.summary() == null ? "" : fm.summary().strip(),
                fm.tags(), fm.order() == null ? Integer.MAX_VALUE : fm.order(),
                fm.updated() != null ? fm.updated() : dates.lastChanged(file).orElse(null), fm.draft(),
                fm.aliases(), fm.id(), fm.type(), body.html(), body.text(), body.headings(), body.links(),
                file, paths.article(locale, category, slug));
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
