package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.FrontMatterParser;
import com.okpay.helpcenter.content.LinksInside;
import com.okpay.helpcenter.content.MarkdownFile;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.content.SiteLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Validates a content folder the way a compiler validates code, for editors' CI: loads it as the
 * site would (drafts included), then runs every rule over the result and the source files.
 */
public final class ContentCheck {
    private final MarkdownRenderer renderer;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final List<CheckRule> rules;

    public ContentCheck(MarkdownRenderer renderer) {
        this.renderer = renderer;
        this.rules = List.of(new FrontMatterKeys(), new DuplicateNames(), new Translations(), new Links(),
                new RawHtml(renderer), new StrayFiles(), new Summaries());
    }

    public CheckReport run(Path contentRoot) {
        Path root = contentRoot.toAbsolutePath().normalize();
        Content content;
        try {
            content = new ContentLoader(renderer, true).load(root);
        } catch (ContentException e) {
            return new CheckReport(root, List.of(e.toProblem()), 1);
        }
        CheckedSite site = new CheckedSite(content, sources(content));
        List<ContentProblem> problems = new ArrayList<>(content.problems());
        for (CheckRule rule : rules) {
            rule.check(site, problems);
        }
        List<ContentProblem> sorted = problems.stream().distinct()
                .sorted(Comparator.comparing((ContentProblem p) -> p.path().toString()).thenComparingInt(ContentProblem::line)
                        .thenComparing(ContentProblem::message))
                .toList();
        return new CheckReport(root, sorted, site.files().size() + 1);
    }

    /** Every Markdown file where the site looks for categories and articles. */
    private Map<Path, SourceFile> sources(Content content) {
        Map<Path, SourceFile> files = new HashMap<>();
        // the walk follows no link to a folder, so only a file itself can lead outside
        LinksInside links = new LinksInside(content.root());
        for (SiteLocale locale : content.site().locales()) {
            Path localeDir = content.root().resolve(locale.code());
            if (!Files.isDirectory(localeDir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(localeDir, 2)) {
                walk.filter(f -> localeDir.relativize(f).getNameCount() == 2)
                        .filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                        .filter(f -> !f.getParent().getFileName().toString().startsWith("."))
                        .filter(f -> !links.leadsOutside(f)) // the loader reported it
                        .forEach(f -> read(f).ifPresent(s -> files.put(f, s)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private java.util.Optional<SourceFile> read(Path file) {
        String text;
        try {
            text = ContentLoader.read(file);
        } catch (ContentException e) {
            return java.util.Optional.empty(); // not UTF-8, too large or unreadable: the loader reported it
        }
        MarkdownFile parsed;
        try {
            parsed = frontMatter.parse(file, text);
        } catch (ContentException e) {
            parsed = null;
        }
        return java.util.Optional.of(new SourceFile(file, text, parsed));
    }
}
