package com.okpay.helpcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.RunningApp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart on the same data folder starts from the cache (nothing rendered or indexed again) and
 * serves the same pages and search results as the run that built it. (A deleted or damaged cache:
 * ArticleCacheTest, IndexFolderTest.)
 */
class RestartHttpTest {
    private static final List<String> PAGES = List.of("/articles/payments/refund", "/en/articles/account/locked", "/");
    private static final List<String> SEARCHES = List.of("/search?q=退款", "/en/search?q=account");

    @TempDir
    Path temp;

    @Test
    void aRestartServesTheSamePagesAndSearchResultsFromTheCache() throws IOException {
        Path content = Fixtures.copy("fixture-site", temp.resolve("content"));
        Path data = temp.resolve("data");
        List<String> first;
        try (RunningApp app = RunningApp.start(content, data)) {
            first = seen(app);
        }
        try (RunningApp app = RunningApp.start(content, data)) {
            assertEquals(0, app.app().caches().articles().rendered(), "every article came from the cache");
            assertEquals(first, seen(app));
        }
    }

    /** The article bodies and the links of the search results (the rest of a page may carry per-visitor tokens). */
    private static List<String> seen(RunningApp app) {
        List<String> seen = new ArrayList<>();
        for (String path : PAGES) {
            Document page = app.page(path);
            seen.add(path + " " + page.title() + " " + page.select(".article-body, main h1, main h2").outerHtml());
        }
        for (String path : SEARCHES) {
            Document page = app.page(path);
            seen.add(path + " " + page.select("main a[href*=/articles/]").eachAttr("href").stream()
                    .map(href -> href.replaceFirst("[?#].*", "")).toList());
        }
        return seen;
    }
}
