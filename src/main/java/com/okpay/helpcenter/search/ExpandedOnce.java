package com.okpay.helpcenter.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A near spelling or a word beginning whose expansion into the index's terms is worked out once per
 * snapshot: looking for the terms near a word (a Levenshtein automaton run over a field's terms) or
 * starting with it is the costliest part of many searches, and the same words come back in search
 * after search (every English word of a Chinese query is also tried as misspelt pinyin; the last
 * word of every suggestion is expanded as a beginning). The expansion depends only on the query
 * and the snapshot's reader, so the search that reuses it finds and scores exactly as if it had
 * expanded the word itself. The query is known by a key (its field, word and kind) and only made
 * when it is expanded: making a word-beginning query compiles its automaton, which is a cost of its own.
 */
final class ExpandedOnce extends Query {
    private final Object key;
    private final Supplier<MultiTermQuery> query;
    private final Expansions expansions;

    private ExpandedOnce(Object key, Supplier<MultiTermQuery> query, Expansions expansions) {
        this.key = key;
        this.query = query;
        this.expansions = expansions;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return expansions.of(key, query, searcher);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.get().visit(visitor);
    }

    @Override
    public String toString(String field) {
        return query.get().toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && key.equals(((ExpandedOnce) other).key);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + key.hashCode();
    }

    /**
     * The expansions of one snapshot's index (one reader), by key. Bounded: past {@link #MAX}
     * queries it starts again, so one visitor typing random words cannot grow it. A search over any
     * other reader expands for itself: an expansion holds its reader's term statistics.
     */
    static final class Expansions {
        static final int MAX = 4096;
        private final IndexReader reader;
        private final Map<Object, Query> byKey = new ConcurrentHashMap<>();

        Expansions(IndexReader reader) {
            this.reader = reader;
        }

        /**
         * @param key   equal for queries that expand alike (a record of what makes {@code query}: field, word, kind)
         * @param query made when the key is expanded for the first time
         */
        Query wrap(Object key, Supplier<MultiTermQuery> query) {
            return new ExpandedOnce(key, query, this);
        }

        private Query of(Object key, Supplier<MultiTermQuery> query, IndexSearcher searcher) throws IOException {
            if (searcher.getIndexReader() != reader) {
                return query.get();
            }
            Query expanded = byKey.get(key);
            if (expanded == null) {
                expanded = searcher.rewrite(query.get());
                if (byKey.size() >= MAX) {
                    byKey.clear();
                }
                byKey.putIfAbsent(key, expanded);
            }
            return expanded;
        }

        int size() {
            return byKey.size();
        }
    }
}
