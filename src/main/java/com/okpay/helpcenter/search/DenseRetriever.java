package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import java.util.List;
import java.util.Optional;

/**
 * Articles whose meaning is nearest to a query (dense retrieval, see the {@code semantic} package),
 * for {@link SearchService} to fuse with the lexical ranking. Belongs to one content snapshot.
 * Until its vectors are ready it finds nothing, and search is lexical.
 */
public interface DenseRetriever {
    /** No dense retrieval: {@code --semantic false}, a missing model, or vectors not ready yet. */
    DenseRetriever NONE = new DenseRetriever() {
        @Override
        public List<DenseHit> nearest(String locale, String query, int count) {
            return List.of();
        }

        @Override
        public Optional<Passage> passage(Article article, int chunk) {
            return Optional.empty();
        }

        @Override
        public boolean ready() {
            return false;
        }
    };

    /** Whether the vectors are there: until then {@link #nearest} finds nothing. */
    boolean ready();

    /** The best chunk of each of up to {@code count} articles, best first; empty when not ready. */
    List<DenseHit> nearest(String locale, String query, int count);

    /** The text of one chunk of an article, for the answer shown above the results. */
    Optional<Passage> passage(Article article, int chunk);

    /**
     * @param score  how near the article is as a whole: its opening's similarity plus a share of its
     *               best section's (see {@code SemanticIndex}); ranks the articles
     * @param chunk  which chunk of the article matched best (0: title and summary)
     * @param cosine cosine similarity of the query and that chunk, in [-1, 1]
     */
    record DenseHit(Article article, float score, int chunk, float cosine) {
    }

    /** @param anchor the section heading's id, or null for the article's opening */
    record Passage(String anchor, String heading, String text) {
    }
}
