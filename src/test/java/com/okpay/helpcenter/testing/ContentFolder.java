package com.okpay.helpcenter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small content folder written inline by a test, Hugo-style: each test states exactly the files
 * its case needs. Starts with a site.yml for zh-CN (default) and en.
 */
public final class ContentFolder {
    public static final String SITE_YML = """
            defaultLocale: zh-CN
            locales:
              - code: zh-CN
                name: 简体中文
                title: 测试
              - code: en
                name: English
                title: Test
            """;

    private final Path root;

    private ContentFolder(Path root) {
        this.root = root;
    }

    public static ContentFolder create(Path root) {
        return new ContentFolder(root).write("site.yml", SITE_YML);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public ContentFolder write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A category folder with its _category.md. */
    public ContentFolder category(String locale, String slug, String title) {
        return write(locale + "/" + slug + "/_category.md", "---\ntitle: " + title + "\ndescription: " + title + ".\n---\n");
    }

    /** An article with a title, a summary, {@code extra} front-matter lines and a body. */
    public ContentFolder article(String relative, String title, String extra, String body) {
        String header = "---\ntitle: " + title + "\nsummary: About " + title + ".\n" + extra + (extra.isEmpty() || extra.endsWith("\n") ? "" : "\n");
        return write(relative, header + "---\n" + body);
    }

    public ContentFolder delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
