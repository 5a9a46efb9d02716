package com.okpay.helpcenter.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The synonym groups as one language's queries use them. A query mentions a group when it
 * contains one of its terms: Chinese terms as characters (so it does not matter how the segmenter
 * cut the query), other terms as a sequence of analysed words (so {@code refunds} mentions
 * {@code refund}). The query then also looks for the group's other terms, each group counting at
 * most as much as its best-matching term: a page that happens to use five words of a group is not
 * five times as relevant.
 */
final class QuerySynonyms {
    /** A query rarely mentions more groups; the bound keeps pasted text from building huge queries. */
    private static final int MAX_GROUPS = 6;

    private record Term(String text, String folded, boolean chinese, List<String> words) {
    }

    private final Synonyms synonyms;
    private final Analyzer words;
    private final boolean chinese;
    /**
     * Analysed on first use, not when the snapshot is built: analysing Chinese terms loads the
     * segmenter's dictionaries, which a restart that indexes nothing would otherwise load only for this.
     */
    private volatile List<List<Term>> groups;

    QuerySynonyms(Synonyms synonyms, Analyzer words, boolean chinese) {
        this.synonyms = synonyms;
        this.words = words;
        this.chinese = chinese;
    }

    private List<List<Term>> groups() {
        List<List<Term>> analysed = groups;
        if (analysed == null) {
            analysed = synonyms.groups().stream().map(group -> group.stream().map(this::term).toList()).toList();
            groups = analysed;
        }
        return analysed;
    }

    private Term term(String text) {
        String folded = Analysis.fold(text, chinese);
        return new Term(text, folded, folded.codePoints().anyMatch(QuerySynonyms::isHan), ArticleDocument.terms(words, text));
    }

    /** For each group the query mentions, the group's terms the query does not already contain. */
    List<List<String>> alternatives(String text) {
        String folded = Analysis.fold(text, chinese);
        List<String> queryWords = ArticleDocument.terms(words, text);
        List<List<String>> alternatives = new ArrayList<>();
        for (List<Term> group : groups()) {
            if (alternatives.size() == MAX_GROUPS) {
                break;
            }
            if (group.stream().anyMatch(t -> mentions(folded, queryWords, t))) {
                List<String> others = group.stream().filter(t -> !mentions(folded, queryWords, t)).map(Term::text).toList();
                if (!others.isEmpty()) {
                    alternatives.add(others);
                }
            }
        }
        return alternatives;
    }

    private static boolean mentions(String folded, List<String> queryWords, Term term) {
        if (term.chinese()) {
            return folded.contains(term.folded());
        }
        return !term.words().isEmpty() && Collections.indexOfSubList(queryWords, term.words()) >= 0;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
