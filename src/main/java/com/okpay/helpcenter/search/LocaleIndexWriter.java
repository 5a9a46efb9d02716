package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.parallel.EveryCore;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * One locale's index, kept open from one content snapshot to the next so that a reload re-indexes
 * only the articles that changed: an editor's save is searchable in milliseconds instead of the
 * seconds a rebuild of 10 000 articles takes. Each snapshot gets its own point-in-time reader,
 * which never changes, so searches running on an older snapshot keep seeing the older content.
 * On disk ({@link IndexFolder}), the index of the last run is the starting point: each document
 * stores the version ({@code ContentHash}) of the article it was made from, so a restart re-indexes
 * only what changed since. Not thread-safe: {@link SearchIndexer} calls it from one build at a time.
 */
final class LocaleIndexWriter implements Closeable {
    /**
     * A replaced reader stays open this long for searches still running on the snapshot that holds
     * it (they take milliseconds), then is closed so that the files it pins can go.
     */
    private static final long RETIRED_READER_GRACE_NANOS = 60_000_000_000L;

    /** A stored field of each document: the version of the article it was made from. */
    static final String VERSION = "version";

    private final Directory directory;
    private final IndexWriter writer;
    /** Each article as it was last indexed, by key: what documents map back to. */
    private Map<String, Article> indexed = Map.of();
    /** The version of each article the index holds, by key: what a change is told by. */
    private Map<String, String> versions;
    /** Documents added, replaced or deleted by the last update (for the log and tests). */
    private int changes;
    private DirectoryReader current;
    private final Deque<Retired> retired = new ArrayDeque<>();
    /**
     * Each segment's article keys by document, read once: a reload adds a small segment and keeps
     * the others, so only the new one's stored fields are read. Weak, so merged-away segments go.
     */
    private final Map<IndexReader.CacheKey, String[]> keysBySegment = new WeakHashMap<>();

    private record Retired(DirectoryReader reader, long since) {
    }

    LocaleIndexWriter(LocaleAnalysis.Base analysis) {
        this(analysis, IndexFolder.Opened.empty(new ByteBuffersDirectory()));
    }

    /** Over an index folder's directory, continuing from what it holds (nothing if it was rebuilt). */
    LocaleIndexWriter(LocaleAnalysis.Base analysis, IndexFolder.Opened opened) {
        this.directory = opened.directory();
        this.versions = opened.versions();
        IndexWriterConfig config = new IndexWriterConfig(analysis.index())
                .setOpenMode(opened.versions().isEmpty() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(ramBufferMegabytes())
                .setUseCompoundFile(false);
        try {
            this.writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(IndexFolder.commitData().entrySet());
        } catch (IOException e) {
            throw new UncheckedIOException("opening the index in " + directory + " failed", e);
        }
    }

    /**
     * Brings the index up to date with these articles and returns a reader of exactly them. The
     * first call adds every article; later calls add, replace and delete only the differences.
     */
    DirectoryReader update(List<Article> articles, ArticleDocument mapper) {
        // like Content, keep the first of two articles with one key (check reports such clashes)
        Map<String, Article> next = articles.stream().collect(Collectors.toMap(Article::key, Function.identity(), (a, b) -> a));
        try {
            if (versions.isEmpty()) {
                addAll(articles, mapper);
                changes = articles.size();
            } else {
                changes = applyChanges(next, mapper);
            }
            boolean first = current == null;
            DirectoryReader reader = first ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(current, writer);
            indexed = next;
            versions = next.values().stream().collect(Collectors.toMap(Article::key, Article::version));
            if (first) {
                // what the next start continues from; reloads are not committed (close does), since
                // after a crash the next start finds the difference from this commit anyway
                writer.commit();
            }
            if (reader != null) {
                retire(current);
                current = reader;
            }
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("updating an index in memory failed", e);
        }
    }

    private void addAll(List<Article> articles, ArticleDocument mapper) {
        // analysis is the slow part of indexing: spread it over the cores. Each thread writes its
        // own segment; merging them into one would make searches a little faster but cost a
        // third of the build (more at start-up, before the merge code is compiled)
        // each core writes out a buffered segment as soon as it runs out of articles: left to the
        // reader's opening, the segments would be written one after the other on one core
        EveryCore.forEach(articles, article -> {
            try {
                writer.addDocument(document(article, mapper));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> {
            try {
                writer.flushNextBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private int applyChanges(Map<String, Article> next, ArticleDocument mapper) throws IOException {
        int changed = 0;
        for (Article article : next.values()) {
            if (!article.version().equals(versions.get(article.key()))) {
                writer.updateDocument(new Term(ArticleDocument.KEY, article.key()), document(article, mapper));
                changed++;
            }
        }
        for (String key : versions.keySet()) {
            if (!next.containsKey(key)) {
                writer.deleteDocuments(new Term(ArticleDocument.KEY, key));
                changed++;
            }
        }
        return changed;
    }

    /**
     * Documents are buffered on the heap until flushed to a segment: a large buffer makes fewer,
     * larger segments, but the locales are indexed side by side, so each gets at most an eighth of
     * the heap (64 MB under -Xmx512m).
     */
    private static double ramBufferMegabytes() {
        return Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024)));
    }

    int changes() {
        return changes;
    }

    private static Document document(Article article, ArticleDocument mapper) {
        Document document = mapper.toDocument(article);
        document.add(new StoredField(VERSION, article.version()));
        return document;
    }

    private void retire(DirectoryReader replaced) throws IOException {
        long now = System.nanoTime();
        while (!retired.isEmpty() && now - retired.peekFirst().since() > RETIRED_READER_GRACE_NANOS) {
            retired.removeFirst().reader().close();
        }
        if (replaced != null) {
            retired.addLast(new Retired(replaced, now));
        }
    }

    long bytes() {
        long bytes = 0;
        try {
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing an index in memory failed", e);
        }
        return bytes;
    }

    /** Only when no snapshot that uses this index is served any more. */
    @Override
    public void close() throws IOException {
        for (Retired old : retired) {
            old.reader().close();
        }
        if (current != null) {
            current.close();
        }
        writer.close();
        directory.close();
    }

    /** The article of each live document of the reader {@link #update} returned last; null for deleted ones. */
    Article[] articlesByDoc() {
        Article[] byDoc = new Article[current.maxDoc()];
        try {
            for (LeafReaderContext segment : current.leaves()) {
                LeafReader reader = segment.reader();
                String[] keys = keysBySegment.get(reader.getCoreCacheHelper().getKey());
                if (keys == null) {
                    keys = keys(reader);
                    keysBySegment.put(reader.getCoreCacheHelper().getKey(), keys);
                }
                Bits live = reader.getLiveDocs();
                for (int doc = 0; doc < keys.length; doc++) {
                    if (live == null || live.get(doc)) {
                        byDoc[segment.docBase + doc] = indexed.get(keys[doc]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading an index in memory failed", e);
        }
        return byDoc;
    }

    private static String[] keys(LeafReader reader) throws IOException {
        String[] keys = new String[reader.maxDoc()];
        StoredInOrder.read(reader, Set.of(ArticleDocument.KEY), (doc, fields) -> keys[doc] = fields.get(ArticleDocument.KEY));
        return keys;
    }
}
