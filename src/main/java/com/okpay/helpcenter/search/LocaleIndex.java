package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Lucene index of one locale's articles, in memory, written once and then only read. An
 * {@link IndexSearcher} over a read-only reader is safe for any number of concurrent queries; a
 * content change builds a new one rather than updating this one.
 */
final class LocaleIndex {
    private final String locale;
    private final LocaleAnalysis analysis;
    private final IndexSearcher searcher;
    private final Article[] articlesByDoc;
    private final Map<String, Category> categories;
    private final long bytes;

    private LocaleIndex(String locale, LocaleAnalysis analysis, IndexSearcher searcher, Article[] articlesByDoc,
                        Map<String, Category> categories, long bytes) {
        this.locale = locale;
        this.analysis = analysis;
        this.searcher = searcher;
        this.articlesByDoc = articlesByDoc;
        this.categories = categories;
        this.bytes = bytes;
    }

    static LocaleIndex build(String locale, List<Category> categories, LocaleAnalysis analysis, Pinyin pinyin) {
        List<Article> articles = categories.stream().flatMap(c -> c.articles().stream()).toList();
        ArticleDocument mapper = new ArticleDocument(analysis, pinyin);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.index())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // segmentation is the slow part of indexing; spread it over the cores
            articles.parallelStream().forEach(article -> {
                try {
                    writer.addDocument(mapper.toDocument(article));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("writing an index in memory failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            Map<String, Article> byKey = articles.stream().collect(Collectors.toMap(Article::key, Function.identity()));
            Article[] articlesByDoc = new Article[reader.maxDoc()];
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < articlesByDoc.length; doc++) {
                articlesByDoc[doc] = byKey.get(stored.document(doc).get(ArticleDocument.KEY));
            }
            Map<String, Category> categoriesBySlug = categories.stream()
                    .collect(Collectors.toUnmodifiableMap(Category::slug, Function.identity()));
            return new LocaleIndex(locale, analysis, new IndexSearcher(reader), articlesByDoc,
                    categoriesBySlug, size(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an index in memory failed", e);
        }
    }

    private static long size(ByteBuffersDirectory directory) throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    String locale() {
        return locale;
    }

    LocaleAnalysis analysis() {
        return analysis;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Article article(int doc) {
        return articlesByDoc[doc];
    }

    Category category(String slug) {
        return categories.get(slug);
    }

    int size() {
        return articlesByDoc.length;
    }

    long bytes() {
        return bytes;
    }
}
