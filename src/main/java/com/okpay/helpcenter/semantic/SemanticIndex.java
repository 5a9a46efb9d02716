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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The vectors of one content snapshot: built in the background after the snapshot is swapped in,
 * and until then it finds nothing, so search stays lexical. Each locale's point-in-time reader
 * belongs to this snapshot only, so a reload swaps vectors and lexical index together.
 */
public final class SemanticIndex implements DenseRetriever {
    /** Chunks asked of the HNSW graph per query: several chunks of one article count once. */
    private static final int CHUNKS_PER_ARTICLE = 4;
    private final CompletableFuture<Map<String, LocaleVectors>> ready = new CompletableFuture<>();

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
        try {
            float[] vector = index.queries().vector(query);
            TopDocs top = index.searcher().search(new KnnFloatVectorQuery(VectorStore.VECTOR, vector, count * CHUNKS_PER_ARTICLE),
                    count * CHUNKS_PER_ARTICLE);
            Map<String, DenseHit> best = new LinkedHashMap<>();
            var stored = index.searcher().storedFields();
            for (ScoreDoc doc : top.scoreDocs) {
                Document fields = stored.document(doc.doc, Set.of(VectorStore.KEY, VectorStore.CHUNK));
                Article article = index.articles().get(fields.get(VectorStore.KEY));
                int chunk = fields.getField(VectorStore.CHUNK).numericValue().intValue();
                // Lucene's cosine score is (1 + cos) / 2; an article counts with its best chunk
                float score = 2 * doc.score - 1;
                if (article != null && (!best.containsKey(article.key()) || best.get(article.key()).score() < score)) {
                    best.put(article.key(), new DenseHit(article, score, chunk));
                }
            }
            List<DenseHit> ranked = new ArrayList<>(best.values());
            ranked.sort((a, b) -> Float.compare(b.score(), a.score()));
            return ranked.subList(0, Math.min(count, ranked.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the vector index failed", e);
        }
    }

    @Override
    public Optional<Passage> passage(Article article, int chunk) {
        return Chunker.chunks(article).stream().filter(c -> c.index() == chunk).findFirst()
                .map(c -> new Passage(c.anchor(), c.heading(), c.passage()));
    }

    static LocaleVectors locale(Embedder embedder, QueryVectors queries, DirectoryReader reader, List<Article> articles) {
        Map<String, Article> byKey = new HashMap<>();
        articles.forEach(a -> byKey.put(a.key(), a));
        return new LocaleVectors(embedder, queries, new IndexSearcher(reader), byKey);
    }
}
