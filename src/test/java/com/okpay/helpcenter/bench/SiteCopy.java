package com.okpay.helpcenter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a content folder of a given size from the shared corpus (zh-CN first, then en), with real
 * copies rather than {@link BenchSite}'s hard links, because the benchmark using it edits a file.
 */
final class SiteCopy {
    private SiteCopy() {
    }

    /** Copies up to {@code wanted} articles with their categories; returns how many it copied. */
    static int build(Path corpus, Path content, int wanted) throws IOException {
        if (!Files.isDirectory(corpus.resolve("zh-mdn"))) {
            throw new IllegalArgumentException("no corpus at " + corpus + " (pass its path as the first argument)");
        }
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yml"), BenchSite.SITE_YML);
        int copied = 0;
        for (Path localeDir : List.of(corpus.resolve("zh-mdn/zh-CN"), corpus.resolve("en-docs/en"))) {
            for (Path category : sorted(localeDir)) {
                if (copied >= wanted) {
                    break;
                }
                Path target = content.resolve(localeDir.getFileName().toString()).resolve(category.getFileName().toString());
                for (Path file : sorted(category)) {
                    boolean article = !file.getFileName().toString().equals("_category.md");
                    if (article && copied >= wanted) {
                        break;
                    }
                    Files.createDirectories(target);
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                    copied += article ? 1 : 0;
                }
            }
        }
        return copied;
    }

    static Path firstArticle(Path localeDir) throws IOException {
        for (Path category : sorted(localeDir)) {
            for (Path file : sorted(category)) {
                if (file.toString().endsWith(".md") && !file.getFileName().toString().equals("_category.md")) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("no article in " + localeDir);
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }
}
