package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SharedFuzzyQueryTest {
    @Test
    void findsAndScoresExactlyAsOneFuzzyQueryPerFieldEvenWhenMoreTermsMatchThanAreKept() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            writeNearSpellingsOfStarting(directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SharedFuzzyQuery.Automata automata = new SharedFuzzyQuery.Automata();
                ScoreDoc[] plain = top(searcher, term -> new FuzzyQuery(term, 2, 1));
                ScoreDoc[] shared = top(searcher, term -> automata.query(term, 2, 1));
                assertTrue(plain.length > 50);
                assertArrayEquals(Arrays.stream(plain).mapToInt(d -> d.doc).toArray(), Arrays.stream(shared).mapToInt(d -> d.doc).toArray());
                for (int i = 0; i < plain.length; i++) {
                    assertTrue(plain[i].score == shared[i].score, "score of hit " + i);
                }
            }
        }
    }

    /**
     * Far more near spellings of "starting" than the 50 a fuzzy query keeps, at one and two edits,
     * in a title and a body field, over several segments (so what is shared is shared across them).
     */
    static void writeNearSpellingsOfStarting(Directory directory) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 300; i++) {
                String near = "start" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "g";
                Document doc = new Document();
                doc.add(new TextField("title", near + (i % 3 == 0 ? " starting" : ""), Field.Store.NO));
                doc.add(new TextField("body", "startin" + (char) ('a' + i % 26) + " other words " + near, Field.Store.NO));
                writer.addDocument(doc);
                if (i % 50 == 0) {
                    writer.commit();
                }
            }
        }
    }

    private static ScoreDoc[] top(IndexSearcher searcher, Function<Term, FuzzyQuery> fuzzy) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : new String[] {"title", "body"}) {
            query.add(fuzzy.apply(new Term(field, "starting")), Occur.SHOULD);
        }
        return searcher.search(query.build(), 1000).scoreDocs;
    }
}
