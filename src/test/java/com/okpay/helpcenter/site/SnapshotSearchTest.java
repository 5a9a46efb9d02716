package com.okpay.helpcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static Content load(Path folder) throws Exception {
        return new ContentLoader(new MarkdownRenderer(), false).load(folder);
    }
}
