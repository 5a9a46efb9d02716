package com.okpay.helpcenter.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeSource;

/**
 * A {@link FuzzyQuery} whose Levenshtein automata are built once per search and word rather than
 * once per field: building them is most of the cost of a near spelling, and one word is matched in
 * every text field (and again when a search that found little is widened). It matches and scores
 * exactly as FuzzyQuery: {@link FuzzyQuery#getTermsEnum} only gets, instead of the rewrite's own
 * attributes, ones that already hold the word's automata. Those attributes no longer carry the
 * rewrite's "worst boost still wanted" back to the terms enum, so a full queue of close terms no
 * longer narrows the enumeration: the same terms are kept, a few more are looked at.
 */
final class SharedFuzzyQuery extends FuzzyQuery {
    private final AttributeSource automata;

    private SharedFuzzyQuery(Term term, int maxEdits, int prefixLength, AttributeSource automata) {
        super(term, maxEdits, prefixLength);
        this.automata = automata;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return super.getTermsEnum(terms, automata);
    }

    /** The automata of one search, per word, edits and prefix; one search (one thread) uses it. */
    static final class Automata {
        private final Map<String, AttributeSource> byWord = new HashMap<>();

        FuzzyQuery query(Term term, int maxEdits, int prefixLength) {
            AttributeSource shared = byWord.computeIfAbsent(maxEdits + "/" + prefixLength + "/" + term.text(),
                    k -> new AttributeSource());
            return new SharedFuzzyQuery(term, maxEdits, prefixLength, shared);
        }
    }
}
