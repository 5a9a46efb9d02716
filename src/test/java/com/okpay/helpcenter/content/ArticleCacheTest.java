package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContentFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered articles survive a restart, and a cache that is stale, damaged or gone is rebuilt. */
class ArticleCacheTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    @TempDir
    Path temp;
    ContentFolder site;
    Path folder;

    @BeforeEach
    void site() {
        folder = temp.resolve("cache");
        site = ContentFolder.create(temp.resolve("content")).category("zh-CN", "faq", "问题")
                .article("zh-CN/faq/a.md", "甲", "", "一。见 [乙](b.md#x)。\n\n## 小节\n")
                .article("zh-CN/faq/b.md", "乙", "", "二。\n");
    }

    /** One run: opens the cache, loads the site, prunes, reads every body, closes; returns what it saw. */
    private Run run() throws ContentException {
        try (ArticleCache cache = ArticleCache.open(folder)) {
            Content content = new ContentLoader(RENDERER, false, cache).load(site.root());
            cache.prune();
            List<String> bodies = content.articles().stream().map(a -> a.html() + "|" + a.text() + "|" + a.links()).toList();
            return new Run(cache.rendered(), cache.reused(), cache.unread(), bodies, content);
        }
    }

    record Run(int rendered, int reused, int unread, List<String> bodies, Content content) {
    }

    /** Files saved a while ago: their versions are remembered (one saved just now might change again in the same tick). */
    private void age(String... files) throws IOException {
        for (String file : files) {
            Files.setLastModifiedTime(site.path(file), java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        }
    }

    @Test
    void aRestartDoesNotReadFilesThatLookAsTheyDidWhenLastRead() throws Exception {
        age("zh-CN/faq/a.md", "zh-CN/faq/b.md");
        Run first = run();
        Run second = run();
        assertEquals(0, first.unread());
        assertEquals(2, second.unread());
        assertEquals(0, second.rendered());
        assertEquals(first.bodies(), second.bodies());
    }

    @Test
    void aFileSavedAgainIsReadAndRenderedAgainThoughItsVersionWasKnown() throws Exception {
        age("zh-CN/faq/a.md", "zh-CN/faq/b.md");
        run();
        site.article("zh-CN/faq/b.md", "乙", "", "二，改过。\n");
        Run next = run();
        assertEquals(1, next.unread());
        assertEquals(1, next.rendered());
        assertTrue(next.bodies().stream().anyMatch(b -> b.contains("改过")));
    }

    @Test
    void aFileSavedJustNowIsNotRememberedItMightChangeAgainInTheSameClockTick() throws Exception {
        run();
        assertEquals(0, run().unread());
    }

    @Test
    void aDamagedListOfKnownVersionsOnlyMeansEveryFileIsReadOnce() throws Exception {
        age("zh-CN/faq/a.md", "zh-CN/faq/b.md");
        Run first = run();
        Path versions = folder.resolve("versions");
        Files.writeString(versions, Files.readString(versions).replaceFirst("\t[0-9a-f]{64}", "\tnot-a-version"));
        Run second = run();
        assertEquals(0, second.unread());
        assertEquals(0, second.rendered());
        assertEquals(first.bodies(), second.bodies());
        Files.writeString(versions, "garbage");
        assertEquals(first.bodies(), run().bodies());
        String upperCase = "\t" + "ABCDEF0123456789".repeat(4);
        Files.writeString(versions, Files.readString(versions).replaceFirst("\t[0-9a-f]{64}", upperCase));
        assertEquals(first.bodies(), run().bodies());
        assertEquals(2, run().unread(), "written afresh by the run before");
    }

    @Test
    void aRestartWithUnchangedContentRendersNothingAndServesTheSameBodies() throws ContentException {
        Run first = run();
        Run second = run();
        assertEquals(2, first.rendered());
        assertEquals(0, second.rendered());
        assertEquals(2, second.reused());
        assertEquals(first.bodies(), second.bodies());
        assertTrue(second.bodies().stream().anyMatch(b -> b.contains("/articles/faq/b#x")), second.bodies()::toString);
    }

    @Test
    void bodiesAreReadFromTheCacheFileNotKeptOnTheHeap() throws ContentException {
        try (ArticleCache cache = ArticleCache.open(folder)) {
            Article a = new ContentLoader(RENDERER, false, cache).load(site.root()).article("zh-CN", "faq", "a").orElseThrow();
            assertInstanceOf(StoredBody.class, a.body());
            assertEquals(List.of("小节"), a.headings().stream().map(Heading::text).toList());
            assertEquals(site.path("zh-CN/faq/b.md"), a.links().get(0).target());
        }
    }

    @Test
    void afterAPullOnlyTheChangedFileIsRenderedAgain() throws ContentException {
        run();
        site.article("zh-CN/faq/b.md", "乙", "", "二，改过。\n");
        Run next = run();
        assertEquals(1, next.rendered());
        assertEquals(1, next.reused());
        assertTrue(next.bodies().stream().anyMatch(b -> b.contains("改过")));
    }

    @Test
    void aDamagedFileIsNoticedAndItsArticlesRenderedAgainNeverServed() throws Exception {
        Run first = run();
        damage(bytes -> {
            bytes[bytes.length - 3] ^= 0x55;
            return bytes;
        });
        Run second = run();
        assertTrue(second.rendered() >= 1, "the damaged record is rendered again");
        assertEquals(first.bodies(), second.bodies());
        Run third = run();
        assertEquals(0, third.rendered(), "the damaged file was replaced by sound records");
        assertEquals(first.bodies(), third.bodies());
    }

    @Test
    void aFileCutShortByACrashLosesOnlyItsLastRecord() throws Exception {
        Run first = run();
        damage(bytes -> java.util.Arrays.copyOf(bytes, bytes.length - 10));
        Run second = run();
        assertEquals(1, second.rendered());
        assertEquals(first.bodies(), second.bodies());
    }

    @Test
    void aDeletedCacheIsRebuilt() throws Exception {
        Run first = run();
        deleteTree(folder);
        Run second = run();
        assertEquals(2, second.rendered());
        assertEquals(first.bodies(), second.bodies());
        assertEquals(0, run().rendered());
    }

    @Test
    void whatNoContentUsesAnyMoreIsPruned() throws Exception {
        run();
        long before = cacheBytes();
        site.article("zh-CN/faq/a.md", "甲", "", "一，改过。\n");
        site.delete("zh-CN/faq/b.md");
        run();
        try (ArticleCache cache = ArticleCache.open(folder)) {
            assertEquals(1, cache.size(), "only the current version of a.md is left");
        }
        assertTrue(cacheBytes() < before, "the old records were dropped from disk");
    }

    @Test
    void aSecondProcessOnTheSameFolderWorksWithoutIt() throws ContentException {
        try (ArticleCache held = ArticleCache.open(folder); ArticleCache other = ArticleCache.open(folder)) {
            Content content = new ContentLoader(RENDERER, false, other).load(site.root());
            assertEquals(2, content.articleCount());
            assertFalse(content.articles().iterator().next().body() instanceof StoredBody);
        }
    }

    private void damage(Function<byte[], byte[]> how) throws IOException {
        Path file = packs().get(0);
        Files.write(file, how.apply(Files.readAllBytes(file)));
    }

    private List<Path> packs() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(PackFile.SUFFIX)).sorted().toList();
        }
    }

    private long cacheBytes() throws IOException {
        long bytes = 0;
        for (Path pack : packs()) {
            bytes += Files.size(pack);
        }
        return bytes;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
