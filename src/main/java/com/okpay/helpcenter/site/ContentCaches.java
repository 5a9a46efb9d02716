package com.okpay.helpcenter.site;

import com.okpay.helpcenter.content.ArticleCache;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.semantic.SemanticSearch;
import java.nio.file.Path;

/**
 * What is derived from the content and kept in the cache folder ({@code --cache-dir}) between
 * runs: rendered articles ({@code articles/}), search indexes ({@code search/<locale>/}) and, with
 * semantic search, vectors ({@code vectors/}, {@code embeddings/}). Safe
 * to delete; a damaged part is rebuilt, never served.
 */
public record ContentCaches(ArticleCache articles, SnapshotBuilder snapshots) implements AutoCloseable {

    /** Whether a start on {@code folder} would find articles this build derived, or derive all anew. */
    public static boolean fromThisBuild(Path folder) {
        return ArticleCache.fromThisBuild(folder.resolve("articles"));
    }

    public static ContentCaches open(Path folder) {
        return open(folder, null);
    }

    /** @param semantic null for lexical search only; closed with the caches */
    public static ContentCaches open(Path folder, SemanticSearch semantic) {
        return new ContentCaches(ArticleCache.open(folder.resolve("articles")),
                new SnapshotBuilder(folder.resolve("search"), semantic));
    }

    /** Once the server is ready: the work held back so that it did not slow the start-up may begin. */
    public void startBackground(Content content) {
        snapshots.startBackground(content);
    }

    /** Before the JVM exits: no thread may be inside the embedding models' native library then. */
    public void stopEmbedding() {
        snapshots.stopEmbedding();
    }

    /** Search indexes are committed first: they are what a restart continues from. */
    @Override
    public void close() {
        snapshots.close();
        articles.close();
    }
}
