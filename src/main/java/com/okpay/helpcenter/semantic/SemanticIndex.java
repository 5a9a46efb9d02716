package com.okpay.helpcenter.semantic;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.search.DenseRetriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vectors of one content snapshot: built in the background after the snapshot is swapped in,
 * and until then it finds nothing, so search stays lexical. Each locale's point-in-time reader
 * belongs to this snapshot only, so a reload swaps vectors and lexical index together.
 */
public final class SemanticIndex implements DenseRetriever {
    private static final Logger log = LoggerFactory.getLogger(SemanticIndex.class);
    /** Chunks asked of the HNSW graph per query: several chunks of one article count once. */
    private static final int CHUNKS_PER_ARTICLE = 4;
    /**
     * An article's nearness is its opening's similarity (title, summary, tags: what it is about)
     * plus this share of its best section's: ranking by the best chunk alone let sections such as
     * "Examples" or "Tips" of unrelated articles win (FusionTuner, ChunkProbe).
     */
    static final float SECTION_SHARE = 0.3f;
    private static final Query OPENINGS = new TermQuery(new Term(VectorStore.OPENING, "1"));
    private final CompletableFuture<Map<String, LocaleVectors>> ready = new CompletableFuture<>();
    /**
     * The chunks of the articles whose passage was shown lately: cutting an article renders its
     * Markdown and parses the HTML, milliseconds for a long page, and the same answers come back.
     */
    private final Map<String, List<Chunk>> cut = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Chunk>> eldest) {
            return size() > 256;
        }
    };

    record LocaleVectors(Embedder embedder, QueryVectors queries, IndexSearcher searcher, Map<String, Article> articles) {
    }

    SemanticIndex() {
    }

    void complete(Map<String, LocaleVectors> locales) {
        ready.complete(Map.copyOf(locales));
    }

    void fail(Throwable e) {
        ready.completeExceptionally(e);
    }

    /** Whether the vectors are ready (true also when building them failed: search is then lexical for good). */
    public boolean isDone() {
        return ready.isDone();
    }

    @Override
    public boolean ready() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    /** Waits until the vectors are ready; false if that took longer than {@code timeout} or failed. */
    public boolean await(Duration timeout) throws InterruptedException {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    @Override
    public List<DenseHit> nearest(String locale, String query, int count) {
        LocaleVectors index = ready.isDone() && !ready.isCompletedExceptionally() ? ready.join().get(locale) : null;
        if (index == null || query.isBlank()) {
            return List.of();
        }
        float[] vector;
        try {
            vector = index.queries().vector(query);
        } catch (CancellationException e) {
            // the server is stopping (the models refuse new runs) while this request still finishes
            return List.of();
        } catch (IllegalStateException e) {
            log.warn("semantic search: this query answered lexically, the model failed on it ({})", e.getMessage());
            return List.of();
        }
        try {
            Map<String, Near> near = new LinkedHashMap<>();
            collect(index, new KnnFloatVectorQuery(VectorStore.VECTOR, vector, count * CHUNKS_PER_ARTICLE), near);
            collect(index, new KnnFloatVectorQuery(VectorStore.VECTOR, vector, count, OPENINGS), near);
            List<BytesRef> withoutOpening = near.entrySet().stream().filter(e -> Float.isNaN(e.getValue().opening))
                    .map(e -> new BytesRef(e.getKey())).toList();
            if (!withoutOpening.isEmpty()) {
                // few documents pass this filter, so Lucene compares them exactly rather than walking the graph
                Query openings = new BooleanQuery.Builder().add(OPENINGS, Occur.FILTER)
                        .add(new TermInSetQuery(VectorStore.KEY, withoutOpening), Occur.FILTER).build();
                collect(index, new KnnFloatVectorQuery(VectorStore.VECTOR, vector, withoutOpening.size(), openings), near);
            }
            float weakestSection = (float) near.values().stream().filter(n -> !Float.isNaN(n.section))
                    .mapToDouble(n -> n.section).min().orElse(0);
            sentences(index, vector, near);
            List<DenseHit> ranked = new ArrayList<>();
            for (Near n : near.values()) {
                float opening = Float.isNaN(n.opening) ? n.cosine : n.opening;
                float section = Math.max(Float.isNaN(n.section) ? weakestSection : n.section, n.sentence);
                ranked.add(new DenseHit(n.article, opening + SECTION_SHARE * Math.max(0, section), n.chunk, n.cosine));
            }
            ranked.sort((a, b) -> Float.compare(b.score(), a.score()));
            return ranked.subList(0, Math.min(count, ranked.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the vector index failed", e);
        }
    }

    /** What the chunks of one article found so far say: its opening's and best section's similarity. */
    private static final class Near {
        private final Article article;
        private float opening = Float.NaN;
        private float section = Float.NaN;
        private int chunk;
        private float cosine = -2;
        /** The best of its section sentences ({@link Sentences}); -1: none. */
        private float sentence = -1;

        Near(Article article) {
            this.article = article;
        }
    }

    private static void collect(LocaleVectors index, KnnFloatVectorQuery query, Map<String, Near> near) throws IOException {
        TopDocs top = index.searcher().search(query, query.getK());
        var stored = index.searcher().storedFields();
        for (ScoreDoc doc : top.scoreDocs) {
            Document fields = stored.document(doc.doc, Set.of(VectorStore.KEY, VectorStore.CHUNK));
            Article article = index.articles().get(fields.get(VectorStore.KEY));
            if (article == null) {
                continue;
            }
            int chunk = fields.getField(VectorStore.CHUNK).numericValue().intValue();
            // Lucene's cosine score is (1 + cos) / 2
            float cosine = 2 * doc.score - 1;
            Near n = near.computeIfAbsent(article.key(), k -> new Near(article));
            if (chunk == 0) {
                n.opening = cosine;
            } else if (Float.isNaN(n.section) || n.section < cosine) {
                n.section = cosine;
            }
            if (n.cosine < cosine) {
                n.cosine = cosine;
                n.chunk = chunk;
            }
        }
    }

    /**
     * The best section sentence of each candidate article, compared exactly: an article's documents
     * are found by its key, and each sentence vector read from doc values by document number, so
     * neither a graph walk nor stored fields are needed (a kNN query over the same few hundred
     * sentences, reading each hit's key, cost a few milliseconds). A locale without sentences
     * (Chinese) has no such field.
     */
    private static void sentences(LocaleVectors index, float[] vector, Map<String, Near> near) throws IOException {
        for (LeafReaderContext leaf : index.searcher().getIndexReader().leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(VectorStore.SENTENCE);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TreeMap<Integer, Near> docs = new TreeMap<>();
            for (Near n : near.values()) {
                PostingsEnum postings = leaf.reader().postings(new Term(VectorStore.KEY, n.article.key()), PostingsEnum.NONE);
                for (int doc = postings == null ? DocIdSetIterator.NO_MORE_DOCS : postings.nextDoc();
                     doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        docs.put(doc, n);
                    }
                }
            }
            // doc values are read forward only: the documents in increasing order; chunks have no sentence
            for (Map.Entry<Integer, Near> entry : docs.entrySet()) {
                if (values.advanceExact(entry.getKey())) {
                    Near n = entry.getValue();
                    n.sentence = Math.max(n.sentence, VectorUtil.dotProduct(vector, floats(values.binaryValue())));
                }
            }
        }
    }

    private static float[] floats(BytesRef bytes) {
        return VectorBytes.floats(bytes.bytes, bytes.offset, bytes.length);
    }

    @Override
    public Optional<Passage> passage(Article article, int chunk) {
        List<Chunk> chunks;
        synchronized (cut) {
            chunks = cut.get(article.key());
        }
        if (chunks == null) {
            chunks = Chunker.chunks(article);
            synchronized (cut) {
                cut.put(article.key(), chunks);
            }
        }
        return chunks.stream().filter(c -> c.index() == chunk).findFirst()
                .map(c -> new Passage(c.anchor(), c.heading(), c.passage()));
    }

    static LocaleVectors locale(Embedder embedder, QueryVectors queries, DirectoryReader reader, List<Article> articles) {
        Map<String, Article> byKey = new HashMap<>();
        articles.forEach(a -> byKey.put(a.key(), a));
        return new LocaleVectors(embedder, queries, new IndexSearcher(reader), byKey);
    }
}
