package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContentFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload starting from the previous snapshot reads only what changed and never loses a good article. */
class ContentLoaderReloadTest {
    @TempDir
    Path temp;
    ContentFolder site;
    ContentLoader loader = new ContentLoader(new MarkdownRenderer(), false);
    Content first;

    @BeforeEach
    void load() throws ContentException {
        site = ContentFolder.create(temp).category("zh-CN", "faq", "问题").category("en", "faq", "FAQ")
                .article("zh-CN/faq/a.md", "甲", "", "一。\n")
                .article("zh-CN/faq/b.md", "乙", "", "二。\n");
        first = loader.load(site.root());
    }

    @Test
    void unchangedFilesAreReusedAndChangedOnesReadAgain() throws ContentException {
        site.article("zh-CN/faq/b.md", "乙", "", "二，改过。\n");
        Content next = loader.load(site.root(), first);
        assertSame(article(first, "a"), article(next, "a"));
        assertNotSame(article(first, "b"), article(next, "b"));
        assertTrue(article(next, "b").text().contains("改过"));
    }

    @Test
    void aFileThatBreaksKeepsItsLastGoodVersionAndSaysSo() throws ContentException {
        site.write("zh-CN/faq/b.md", "---\ntitle: [乙\n---\n");
        Content next = loader.load(site.root(), first);
        assertSame(article(first, "b"), article(next, "b"));
        assertTrue(next.problems().stream().anyMatch(p -> p.line() > 0
                && p.message().endsWith("(the last good version stays online until this is fixed)")), next.problems()::toString);
        assertEquals(0, loader.load(site.root()).article("zh-CN", "faq", "b").stream().count(), "without a previous version it is skipped");
    }

    @Test
    void deletedFilesAreGone() throws ContentException {
        site.delete("zh-CN/faq/b.md");
        assertTrue(loader.load(site.root(), first).article("zh-CN", "faq", "b").isEmpty());
    }

    @Test
    void aNewDefaultLocaleRendersEverythingAgain() throws ContentException {
        site.write("site.yml", ContentFolder.SITE_YML.replace("defaultLocale: zh-CN", "defaultLocale: en"));
        Content next = loader.load(site.root(), first);
        assertEquals("/zh-CN/articles/faq/a", article(next, "a").url());
    }

    private static Article article(Content content, String slug) {
        return content.article("zh-CN", "faq", slug).orElseThrow();
    }
}
