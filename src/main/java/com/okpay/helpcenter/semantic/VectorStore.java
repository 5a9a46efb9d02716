package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The vectors of one locale's chunks: a Lucene index on disk (HNSW graph of
 * {@link KnnFloatVectorField}s) under the cache folder, so a restart reopens it instead of
 * rebuilding it. Each update compares every article's fingerprint with the one indexed and
 * re-embeds only articles that changed, and of those only chunks the {@link EmbeddingCache} lacks.
 */
final class VectorStore implements AutoCloseable {
    static final String VECTOR = "vector";
    /**
     * A section sentence's vector ({@link Sentences}), as doc values rather than a vector field: it is
     * only ever compared exactly with the query among the candidate articles, so building an HNSW
     * graph of every sentence (three times as many as chunks) would be cost for nothing.
     */
    static final String SENTENCE = "sentence";
    static final String KEY = "key";
    static final String CHUNK = "chunk";
    /** Marks an article's opening chunk (title, summary, tags), so it can be searched alone. */
    static final String OPENING = "opening";
    private static final String FINGERPRINT = "fingerprint";
    private static final int BATCH = 32;
    private final IndexWriter writer;
    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final SharedVectors shared;
    private DirectoryReader reader;
    /** Each indexed article's fingerprint by key: read from the index once, then kept in step with it. */
    private Map<String, String> indexed;
    /** Vectors embedded since the last {@link #write}, by chunk hash. */
    private final Map<String, float[]> fresh = new HashMap<>();

    VectorStore(Path folder, Embedder embedder, EmbeddingCache cache, SharedVectors shared) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(folder), config);
        this.embedder = embedder;
        this.cache = cache;
        this.shared = shared;
    }

    /** What changed in one update. */
    record Update(int articles, int changed, int chunks, int embedded) {
    }

    /**
     * Brings the index in line with {@code articles} and returns the new point-in-time reader.
     *
     * @param progress told the number of chunks embedded so far
     */
    synchronized Update update(List<Article> articles, IntConsumer progress) throws IOException {
        try {
            return apply(articles, progress);
        } catch (IOException | RuntimeException e) {
            // what was written may be partly in the index: the next update reads the fingerprints again
            indexed = null;
            throw e;
        }
    }

    private Update apply(List<Article> articles, IntConsumer progress) throws IOException {
        if (indexed == null) {
            indexed = fingerprints();
        }
        Map<String, Article> wanted = new HashMap<>();
        List<Map.Entry<Article, String>> changed = new ArrayList<>();
        for (Article article : articles) {
            wanted.put(article.key(), article);
            String fingerprint = fingerprint(article);
            if (!fingerprint.equals(indexed.get(article.key()))) {
                changed.add(Map.entry(article, fingerprint));
            }
        }
        int before = indexed.size();
        for (var gone = indexed.keySet().iterator(); gone.hasNext(); ) {
            String key = gone.next();
            if (!wanted.containsKey(key)) {
                writer.deleteDocuments(new Term(KEY, key));
                gone.remove();
            }
        }
        int chunks = 0;
        int embedded = 0;
        List<Document> batch = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> missingText = new ArrayList<>();
        for (Map.Entry<Article, String> entry : changed) {
            Article article = entry.getKey();
            String fingerprint = entry.getValue();
            writer.deleteDocuments(new Term(KEY, article.key()));
            indexed.put(article.key(), fingerprint);
            List<Chunk> cut = Chunker.chunks(article);
            for (Chunk chunk : cut) {
                Document doc = new Document();
                doc.add(new StringField(KEY, article.key(), Field.Store.YES));
                doc.add(new StoredField(CHUNK, chunk.index()));
                if (chunk.index() == 0) {
                    doc.add(new StringField(OPENING, "1", Field.Store.NO));
                }
                doc.add(new StoredField(FINGERPRINT, fingerprint));
                batch.add(withHash(doc, chunk.embedded(), missing, missingText));
                chunks++;
            }
            for (String sentence : Sentences.of(article, cut)) {
                Document doc = new Document();
                doc.add(new StringField(KEY, article.key(), Field.Store.YES));
                batch.add(withHash(doc, sentence, missing, missingText));
                chunks++;
            }
            if (missing.size() >= BATCH * 4 || batch.size() >= BATCH * 16) {
                embedded += embed(missing, missingText);
                progress.accept(embedded);
                write(batch);
            }
        }
        embedded += embed(missing, missingText);
        write(batch);
        if (!changed.isEmpty() || before != wanted.size()) {
            writer.commit();
        }
        DirectoryReader next = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
        if (next != null) {
            reader = next;
        }
        return new Update(articles.size(), changed.size(), chunks, embedded);
    }

    /** The document with the hash of the text its vector is of; the text goes to be embedded unless cached. */
    private Document withHash(Document doc, String text, List<String> missing, List<String> missingText) {
        String hash = EmbeddingCache.hash(embedder.model(), text);
        doc.add(new StoredField("hash", hash));
        if (!cache.contains(hash) && !missing.contains(hash)) {
            missing.add(hash);
            missingText.add(text);
        }
        return doc;
    }

    DirectoryReader reader() {
        return reader;
    }

    /** Vectors for chunks the cache file lacks: from the shared vectors, else embedded. Returns how many were embedded. */
    private int embed(List<String> hashes, List<String> texts) {
        if (hashes.isEmpty()) {
            return 0;
        }
        Map<String, float[]> known = shared.find(embedder.model(), hashes);
        List<String> newHashes = new ArrayList<>();
        List<String> newTexts = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            if (!known.containsKey(hashes.get(i))) {
                newHashes.add(hashes.get(i));
                newTexts.add(texts.get(i));
            }
        }
        List<float[]> computed = newTexts.isEmpty() ? List.of() : embedder.passages(newTexts);
        shared.add(embedder.model(), newHashes, computed);
        fresh.putAll(known);
        for (int i = 0; i < newHashes.size(); i++) {
            fresh.put(newHashes.get(i), computed.get(i));
        }
        cache.putAll(hashes, hashes.stream().map(fresh::get).toList());
        hashes.clear();
        texts.clear();
        return computed.size();
    }

    private void write(List<Document> batch) throws IOException {
        for (Document doc : batch) {
            // just embedded, or from the cache file
            String hash = doc.get("hash");
            float[] vector = fresh.get(hash);
            if (vector == null) {
                vector = cache.get(hash);
            }
            if (vector != null) {
                doc.add(doc.getField(CHUNK) == null ? new BinaryDocValuesField(SENTENCE, new BytesRef(VectorBytes.of(vector)))
                        : new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
                writer.addDocument(doc);
            }
        }
        batch.clear();
        fresh.clear();
    }

    /**
     * The fingerprint stored with each article's chunks, by article key, read from the opening
     * chunks only (one per article: a fifth of the documents, and a restart waits for this).
     */
    private Map<String, String> fingerprints() throws IOException {
        Map<String, String> fingerprints = new HashMap<>();
        try (DirectoryReader current = DirectoryReader.open(writer)) {
            Set<String> fields = Set.of(KEY, FINGERPRINT);
            for (LeafReaderContext leaf : current.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum openings = leaf.reader().postings(new Term(OPENING, "1"), PostingsEnum.NONE);
                if (openings == null) {
                    continue;
                }
                for (int doc = openings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = openings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc, fields);
                        fingerprints.put(document.get(KEY), document.get(FINGERPRINT));
                    }
                }
            }
        }
        return fingerprints;
    }

    /**
     * What the chunks of an article are made of, with the model and chunker version: the article's
     * version is the hash of its file and folder, so its HTML need not be rendered to compare.
     */
    private String fingerprint(Article article) {
        return EmbeddingCache.hash(embedder.model() + "/" + Chunker.VERSION, article.version());
    }

    @Override
    public synchronized void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
        cache.close();
    }

}
