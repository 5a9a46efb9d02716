package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index on disk: a restart continues from it, and a damaged or missing one is rebuilt. */
class IndexFolderTest {
    private static final ContentLoader LOADER = new ContentLoader(new MarkdownRenderer(), false);
    private final SearchService search = new SearchService();
    @TempDir
    Path temp;
    Path site;
    Path folder;

    @BeforeEach
    void site() throws IOException {
        site = Fixtures.copy("fixture-site", temp.resolve("site"));
        folder = temp.resolve("search");
    }

    /** One run: builds the index over the site as it is now, returns the documents written and some hits. */
    private Run run() throws Exception {
        Content content = LOADER.load(site);
        try (SearchIndexer indexer = new SearchIndexer(folder)) {
            SearchIndex index = indexer.build(content);
            List<String> hits = search.search(index, new SearchRequest("zh-CN", "退款", null, 1)).hits().stream()
                    .map(SearchHit::url).toList();
            return new Run(indexer.lastChanges(), index.size(), hits);
        }
    }

    record Run(int written, int size, List<String> hits) {
    }

    @Test
    void aRestartWithUnchangedContentIndexesNothingAndFindsTheSame() throws Exception {
        Run first = run();
        Run second = run();
        assertEquals(first.size(), first.written());
        assertEquals(0, second.written());
        assertEquals(first.size(), second.size());
        assertFalse(first.hits().isEmpty());
        assertEquals(first.hits(), second.hits());
    }

    @Test
    void aRestartAfterAnEditReindexesOnlyThatArticle() throws Exception {
        Run first = run();
        Files.writeString(site.resolve("zh-CN/payments/refund.md"), "---\ntitle: 退款新流程\n---\n退款现在更快。\n");
        Files.delete(site.resolve("zh-CN/account/locked.md"));
        Run second = run();
        assertEquals(2, second.written(), "one replaced, one deleted");
        assertEquals(first.size() - 1, second.size());
        assertTrue(second.hits().contains("/articles/payments/refund"));
    }

    @Test
    void aDamagedIndexIsRebuiltNotSearched() throws Exception {
        Run first = run();
        Path largest;
        try (Stream<Path> files = Files.walk(folder.resolve("zh-CN"))) {
            largest = files.filter(Files::isRegularFile).max(Comparator.comparingLong(IndexFolderTest::size)).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(largest, bytes);
        Run second = run();
        assertTrue(second.written() > 0, "the damaged locale was indexed again");
        assertEquals(first.hits(), second.hits());
        assertEquals(first.size(), second.size());
    }

    @Test
    void aDeletedIndexIsRebuiltAndLocalesTheSiteDropsArePruned() throws Exception {
        Run first = run();
        deleteTree(folder);
        Files.createDirectories(folder.resolve("fr"));
        Run second = run();
        assertEquals(first.size(), second.written());
        assertEquals(first.hits(), second.hits());
        assertFalse(Files.exists(folder.resolve("fr")));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
