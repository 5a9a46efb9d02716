package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ExpandedOnceTest {
    @Test
    void findsAndScoresExactlyAsTheQueryExpandedEachTimeAndExpandsEachQueryOnce() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            SharedFuzzyQueryTest.writeNearSpellingsOfStarting(directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ExpandedOnce.Expansions expansions = new ExpandedOnce.Expansions(reader);
                SharedFuzzyQuery.Automata automata = new SharedFuzzyQuery.Automata();
                List<Function<String, MultiTermQuery>> queries = List.of(
                        field -> automata.query(new Term(field, "starting"), 2, 1),
                        field -> new FuzzyQuery(new Term(field, "startinq"), 1, 1),
                        field -> new PrefixQuery(new Term(field, "starta"), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(20)));
                for (int q = 0; q < queries.size(); q++) {
                    Function<String, MultiTermQuery> inField = queries.get(q);
                    int which = q;
                    ScoreDoc[] plain = searcher.search(query(inField), 500).scoreDocs;
                    assertTrue(plain.length > 0);
                    for (int time = 0; time < 2; time++) { // the first expands, the second reuses
                        Function<String, Query> kept = field -> expansions.wrap(which + "/" + field, () -> inField.apply(field));
                        ScoreDoc[] found = searcher.search(query(kept), 500).scoreDocs;
                        assertArrayEquals(Arrays.stream(plain).mapToInt(d -> d.doc).toArray(), Arrays.stream(found).mapToInt(d -> d.doc).toArray());
                        for (int i = 0; i < plain.length; i++) {
                            assertEquals(Float.floatToIntBits(plain[i].score), Float.floatToIntBits(found[i].score), "score of hit " + i);
                        }
                    }
                }
                assertEquals(6, expansions.size(), "one expansion per query and field, made once");
                try (DirectoryReader other = DirectoryReader.open(directory)) {
                    Function<String, Query> kept = field -> expansions.wrap("other/" + field, () -> queries.get(0).apply(field));
                    long theirs = new IndexSearcher(other).search(query(kept), 500).totalHits.value;
                    assertEquals(6, expansions.size(), "another reader's search expands for itself");
                    assertEquals(searcher.search(query(kept), 500).totalHits.value, theirs);
                }
            }
        }
    }

    /** The query in two fields with their own boosts, as the search builds it. */
    private static Query query(Function<String, ? extends Query> inField) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(inField.apply("title"), 3f), Occur.SHOULD)
                .add(new BoostQuery(inField.apply("body"), 0.5f), Occur.SHOULD)
                .build();
    }
}
