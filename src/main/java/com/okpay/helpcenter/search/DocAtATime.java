package com.okpay.helpcenter.search;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A clause of a disjunction scored one document at a time. When every match is counted (the
 * results page counts them per category), Lucene scores a disjunction in windows of 2048 documents
 * ({@code BooleanScorer}) and asks each optional clause for a window scorer of its own, so every
 * clause that is a disjunction itself (a field's words, a near spelling's terms) built another
 * window scorer with 2048 buckets: about seven per results page, a quarter of all it allocated.
 * Wrapped, such a clause is scored by its plain disjunction scorer instead, which sums the same
 * term scores (in double, then to float, as the window scorer does), so scores and order stay as
 * they were; the outermost disjunction keeps its window scorer.
 */
final class DocAtATime extends Query {
    private final Query in;

    private DocAtATime(Query in) {
        this.in = in;
    }

    /**
     * The query with each optional clause of its outermost disjunction wrapped. It is rewritten
     * first, so Lucene's own simplifications (merged duplicate clauses, flattened disjunctions)
     * happen as they did without the wrappers.
     */
    static Query clauses(IndexSearcher searcher, Query query) throws IOException {
        Query rewritten = searcher.rewrite(query);
        if (!(rewritten instanceof BooleanQuery bool)) {
            return rewritten;
        }
        BooleanQuery.Builder wrapped = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            wrapped.add(clause.getOccur() == Occur.SHOULD ? new DocAtATime(clause.getQuery()) : clause.getQuery(),
                    clause.getOccur());
        }
        return wrapped.build();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new DocAtATime(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        // FilterWeight leaves bulkScorer to Weight's own: a plain loop over the clause's scorer
        return new FilterWeight(this, searcher.createWeight(in, scoreMode, boost)) {
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return in.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((DocAtATime) other).in);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + in.hashCode();
    }
}
