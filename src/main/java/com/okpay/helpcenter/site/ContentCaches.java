package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.ArticleCache;
import java.nio.file.Path;

/**
 * What is derived from the content and kept in the cache folder ({@code --cache-dir}) between
 * runs: rendered articles ({@code articles/}) and search indexes ({@code search/<locale>/}). Safe
 * to delete; a damaged part is rebuilt, never served.
 */
public record ContentCaches(ArticleCache articles, SnapshotBuilder snapshots) implements AutoCloseable {

    public static ContentCaches open(Path folder) {
        return new ContentCaches(ArticleCache.open(folder.resolve("articles")), new SnapshotBuilder(folder.resolve("search")));
    }

    /** Search indexes are committed first: they are what a restart continues from. */
    @Override
    public void close() {
        snapshots.close();
        articles.close();
    }
}
