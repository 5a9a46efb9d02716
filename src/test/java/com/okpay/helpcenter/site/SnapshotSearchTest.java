package com.okpay.helpcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.search.SearchHit;
import com.okpay.helpcenter.search.SearchRequest;
import com.okpay.helpcenter.search.SearchService;
import com.okpay.helpcenter.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotSearchTest {
    private final SnapshotBuilder builder = new SnapshotBuilder();
    private final SearchService search = new SearchService();

    @Test
    void aReloadSwapsContentAndIndexTogetherWhileSearchesRun(@TempDir Path temp) throws Exception {
        Path before = Fixtures.copy("fixture-site", temp.resolve("before"));
        Path after = Fixtures.copy("fixture-site", temp.resolve("after"));
        Files.delete(after.resolve("zh-CN/payments/refund.md"));
        Files.writeString(after.resolve("zh-CN/payments/refund-v2.md"), "---\ntitle: 退款新流程\n---\n退款现在更快。\n");
        SiteSnapshot first = builder.build(load(before));
        SiteSnapshot second = builder.build(load(after));
        LiveSite site = new LiveSite(first);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                while (running.get()) {
                    SiteSnapshot snapshot = site.current();
                    for (SearchHit hit : search.search(snapshot.search(), new SearchRequest("zh-CN", "退款", null, 1)).hits()) {
                        if (snapshot.content().articles().stream().noneMatch(a -> a.url().equals(hit.url()))) {
                            problems.add(hit.url() + " is not in the snapshot it was found in");
                        }
                    }
                    searches.incrementAndGet();
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int i = 0; searches.get() < 300 && System.nanoTime() < deadline; i++) {
            site.swap(i % 2 == 0 ? second : first);
            Thread.sleep(1);
        }
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(List.of(), List.copyOf(problems));
        assertTrue(searches.get() >= 300, "searches ran during the swaps: " + searches.get());
        assertEquals("/articles/payments/refund-v2",
                search.search(second.search(), new SearchRequest("zh-CN", "退款", null, 1)).hits().get(0).url());
    }

    @Test
    void aReloadUpdatesTheIndexWithOnlyTheChangesAndTheOlderSnapshotStillSearchesItsOwnContent(@TempDir Path temp)
            throws Exception {
        Path folder = Fixtures.copy("fixture-site", temp.resolve("site"));
        ContentLoader loader = new ContentLoader(new MarkdownRenderer(), false);
        Content before = loader.load(folder);
        SiteSnapshot first = builder.build(before);
        int articles = first.search().size();

        Path refund = folder.resolve("zh-CN/payments/refund.md");
        Files.writeString(refund, Files.readString(refund).replace("退款", "退款 紫罗兰流程"));
        Files.delete(folder.resolve("zh-CN/account/locked.md"));
        Files.writeString(folder.resolve("zh-CN/payments/new-way.md"), "---\ntitle: 向日葵付款\n---\n新的付款方式。\n");
        SiteSnapshot second = builder.build(loader.load(folder, before));

        assertEquals(articles, second.search().size(), "one deleted, one added");
        assertEquals(List.of("/articles/payments/refund"), urls(second, "紫罗兰"));
        assertEquals(List.of("/articles/payments/new-way"), urls(second, "向日葵"));
        assertEquals(List.of(), urls(first, "紫罗兰"), "the older snapshot's reader does not see later changes");
        assertEquals(List.of(), urls(first, "向日葵"));
        assertTrue(urls(first, "锁定").contains("/articles/account/locked"));
        assertFalse(urls(second, "锁定").contains("/articles/account/locked"), "deleted from the index");
        assertTrue(urls(second, "退款").contains("/articles/payments/refund"), "the changed article is found once");
        assertEquals(urls(second, "退款").size(), urls(second, "退款").stream().distinct().count());
        SiteSnapshot back = builder.build(before);
        assertEquals(List.of(), urls(back, "紫罗兰"), "going back to the first content restores its index");
        assertTrue(urls(back, "锁定").contains("/articles/account/locked"));
    }

    private List<String> urls(SiteSnapshot snapshot, String query) {
        return search.search(snapshot.search(), new SearchRequest("zh-CN", query, null, 1)).hits().stream()
                .map(SearchHit::url).toList();
    }

    private static Content load(Path folder) throws Exception {
        return new ContentLoader(new MarkdownRenderer(), false).load(folder);
    }
}
