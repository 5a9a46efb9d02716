package com.okpay.helpcenter.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.ArticleBody;
import com.okpay.helpcenter.db.Database;
import com.okpay.helpcenter.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two instances on one PostgreSQL database: what the first embedded, the second takes from it. */
class SharedVectorsTest {
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void aNewInstanceEmbedsOnlyWhatNoOtherOneHas() throws SQLException, IOException {
        List<Article> articles = List.of(article("refund", "Refunds", "<h2 id=\"a\">How long</h2><p>Five days.</p>"),
                article("fees", "Fees", "<p>No fee for transfers.</p>"));
        try (Database database = databases.open(TestDatabases.POSTGRESQL)) {
            CountingEmbedder embedder = new CountingEmbedder();
            VectorStore.Update firstRun = store(first, embedder, database).update(articles, done -> { });
            assertEquals(firstRun.chunks(), embedder.embedded.get(), "the first instance embeds every chunk");

            CountingEmbedder secondEmbedder = new CountingEmbedder();
            VectorStore secondStore = store(second, secondEmbedder, database);
            VectorStore.Update secondRun = secondStore.update(articles, done -> { });
            assertEquals(0, secondEmbedder.embedded.get(), "a new instance starts warm");
            assertEquals(0, secondRun.embedded());
            assertEquals(firstRun.chunks(), secondStore.reader().numDocs(), "with every vector in its index");

            List<Article> edited = new ArrayList<>(articles);
            edited.set(0, article("refund", "Refunds", "<h2 id=\"a\">How long</h2><p>Seven working days.</p>"));
            secondStore.update(edited, done -> { });
            assertEquals(1, secondEmbedder.embedded.get(), "an edit embeds its changed section once");
            VectorStore.Update firstAgain = store(first.resolve("again"), embedder, database).update(edited, done -> { });
            assertEquals(0, firstAgain.embedded(), "and the other instances take it from the database");
        }
    }

    private static VectorStore store(Path folder, Embedder embedder, Database database) throws IOException {
        return new VectorStore(folder.resolve("vectors"), embedder,
                new EmbeddingCache(folder.resolve("embeddings"), embedder.model(), embedder.dimension()),
                new DatabaseVectors(database));
    }

    private static Article article(String slug, String title, String html) {
        UnaryOperator<String> asIs = markdown -> markdown;
        return new Article("en", "faq", slug, title, title + " explained", List.of(), 0, null, false, List.of(), null,
                "article", new ArticleBody.InMemory(html, html.replaceAll("<[^>]+>", " "), List.of(), asIs), List.of(),
                Path.of(slug + ".md"), "/en/articles/faq/" + slug, slug + "-" + html.hashCode());
    }

    /** A stand-in model: a vector from the text's hash, and a count of the texts it was given. */
    private static final class CountingEmbedder implements Embedder {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public String model() {
            return "counting-1";
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public List<float[]> passages(List<String> texts) {
            embedded.addAndGet(texts.size());
            return texts.stream().map(this::query).toList();
        }

        @Override
        public float[] query(String text) {
            int h = text.hashCode();
            return new float[] {1 + (h & 7), 1 + ((h >> 3) & 7), 1 + ((h >> 6) & 7), 1 + ((h >> 9) & 7)};
        }
    }
}
