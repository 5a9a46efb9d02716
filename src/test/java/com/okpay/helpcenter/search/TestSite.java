package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentException;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small content folder written by a test, Hugo-style: site.yml plus whatever articles it adds. */
final class TestSite {
    private static final String SITE_YML = """
            defaultLocale: zh-CN
            locales:
              - { code: zh-CN, name: 简体中文, title: 帮助中心, description: 测试 }
              - { code: en, name: English, title: Help Center, description: Test }
            support: { email: help@test.example }
            """;
    private final Path root;

    TestSite(Path root) {
        this.root = root;
        write("site.yml", SITE_YML);
    }

    TestSite category(String locale, String slug, String title) {
        return write(locale + "/" + slug + "/_category.md", "---\ntitle: " + title + "\n---\n");
    }

    TestSite article(String locale, String category, String slug, String title, String summary, String tags, String body) {
        return write(locale + "/" + category + "/" + slug + ".md", "---\ntitle: \"" + title + "\"\nsummary: \"" + summary
                + "\"\ntags: [" + tags + "]\n---\n" + body + "\n");
    }

    TestSite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Content load() {
        try {
            return new ContentLoader(new MarkdownRenderer(), false).load(root);
        } catch (ContentException e) {
            throw new IllegalStateException(e);
        }
    }
}
