package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Scoring nested disjunctions one document at a time finds the same documents with the same scores. */
class DocAtATimeTest {
    private static final String[] WORDS = {"refund", "account", "locked", "password", "payment", "card", "reset", "email"};

    @Test
    void nestedDisjunctionsScoreExactlyAsInWindows() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            Random random = new Random(7);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < 5000; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("title", words(random, 3), Field.Store.NO));
                    doc.add(new TextField("body", words(random, 40), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int q = 0; q < 50; q++) {
                    Query query = query(random);
                    TopDocs plain = searcher.search(query, new TopScoreDocCollectorManager(100, null, Integer.MAX_VALUE));
                    Query wrapped = DocAtATime.clauses(searcher, query);
                    TopDocs docAtATime = searcher.search(wrapped, new TopScoreDocCollectorManager(100, null, Integer.MAX_VALUE));
                    assertEquals(plain.totalHits, docAtATime.totalHits);
                    assertEquals(describe(plain), describe(docAtATime), query.toString());
                }
            }
        }
    }

    @Test
    void theWrappedQueryShowsTheSameTermsToTheHighlighter() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(new Document());
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Query query = new BooleanQuery.Builder()
                        .add(new BoostQuery(disjunction("title", "refund", "card"), 2f), Occur.SHOULD)
                        .add(new TermQuery(new Term("body", "email")), Occur.SHOULD).build();
                List<Term> terms = new ArrayList<>();
                DocAtATime.clauses(new IndexSearcher(reader), query).visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(Query parent, Term... found) {
                        terms.addAll(List.of(found));
                    }
                });
                assertEquals(Set.of(new Term("title", "refund"), new Term("title", "card"), new Term("body", "email")),
                        Set.copyOf(terms));
            }
        }
    }

    private static Query query(Random random) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : new String[] {"title", "body"}) {
            query.add(new BoostQuery(disjunction(field, word(random), word(random), word(random)), 0.5f + random.nextInt(8) / 2f),
                    Occur.SHOULD);
        }
        query.add(new BoostQuery(new FuzzyQuery(new Term("body", word(random) + "x")), 0.5f), Occur.SHOULD);
        query.add(new TermQuery(new Term("title", word(random))), Occur.SHOULD);
        return query.build();
    }

    private static Query disjunction(String field, String... words) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            any.add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        }
        return any.build();
    }

    private static String describe(TopDocs top) {
        StringBuilder out = new StringBuilder();
        for (ScoreDoc doc : top.scoreDocs) {
            out.append(doc.doc).append('=').append(Float.floatToIntBits(doc.score)).append(' ');
        }
        assertTrue(top.scoreDocs.length > 0, "the query matches");
        return out.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(word(random)).append(' ');
        }
        return text.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
