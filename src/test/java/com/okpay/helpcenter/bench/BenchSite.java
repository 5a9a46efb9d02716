package com.okpay.helpcenter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A content folder of a given size made from the corpus: its zh-CN and en articles in their
 * natural proportion, repeated under new slugs ({@code slug-r2}, {@code slug-r3}...) until the size
 * is reached, plus the site.yml the corpus lacks. Files are hard-linked where the file system
 * allows, so a 50 000-article site takes seconds to lay out.
 *
 * <p>It needs nothing but the JDK, so bench/vs-nginx.sh runs it as a single-file program:
 * {@code java BenchSite.java CORPUS FOLDER ARTICLES}.
 */
public final class BenchSite {
    static final String SITE_YML = """
            defaultLocale: zh-CN
            locales:
              - { code: zh-CN, name: 简体中文, title: 基准测试, description: 基准测试站点 }
              - { code: en, name: English, title: Benchmark, description: Benchmark site }
            support: { email: bench@example.com }
            """;

    private BenchSite() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java BenchSite.java CORPUS FOLDER ARTICLES");
            System.exit(2);
        }
        Path folder = Path.of(args[1]);
        Files.createDirectories(folder);
        write(Path.of(args[0]), folder, Integer.parseInt(args[2]));
    }

    public static void write(Path corpus, Path folder, int size) throws IOException {
        Files.writeString(folder.resolve("site.yml"), SITE_YML);
        List<Path> zh = articles(corpus.resolve("zh-mdn/zh-CN"));
        List<Path> en = articles(corpus.resolve("en-docs/en"));
        int zhCount = (int) Math.round(size * (double) zh.size() / (zh.size() + en.size()));
        lay(zh, folder.resolve("zh-CN"), zhCount);
        lay(en, folder.resolve("en"), size - zhCount);
    }

    private static void lay(List<Path> articles, Path localeFolder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path source = articles.get(i % articles.size());
            int round = i / articles.size() + 1;
            String slug = source.getFileName().toString().replaceFirst("\\.md$", "");
            Path category = localeFolder.resolve(source.getParent().getFileName().toString());
            if (Files.notExists(category)) {
                Files.createDirectories(category);
                Path categoryFile = source.resolveSibling("_category.md");
                if (Files.exists(categoryFile)) {
                    link(categoryFile, category.resolve("_category.md"));
                }
            }
            link(source, category.resolve(round == 1 ? slug + ".md" : slug + "-r" + round + ".md"));
        }
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target);
        }
    }

    private static List<Path> articles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("_category.md")).sorted().toList());
        }
    }

    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
