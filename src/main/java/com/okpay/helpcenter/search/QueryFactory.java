package com.okpay.helpcenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a visitor typed into a Lucene query. The text is never parsed as query syntax: it only
 * goes through the analyzers, so {@code AND}, quotes, {@code *} and backslashes are ordinary
 * characters that the tokenizers drop. Every field is searched with its own weight; Chinese text
 * also through character bigrams and pinyin.
 */
final class QueryFactory {
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9]*");
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final int PREFIX_EXPANSIONS = 50;

    private final LocaleIndex index;
    private final Weights weights;
    private final QueryBuilder words;
    private final QueryBuilder bigrams;

    QueryFactory(LocaleIndex index, Weights weights) {
        this.index = index;
        this.weights = weights;
        LocaleAnalysis analysis = index.analysis();
        this.words = new QueryBuilder(analysis.index());
        this.bigrams = analysis.chinese() ? new QueryBuilder(analysis.bigrams()) : null;
    }

    /** Whether the last word of a query may be the beginning of a longer one. */
    enum Completion {
        /** The visitor pressed Enter on what they typed. */
        NONE,
        /** Only when the last word is no word of any article (what the visitor typed found little). */
        IF_UNKNOWN,
        /** The visitor is still typing. */
        ALWAYS
    }

    /**
     * @param fuzzyAll also match near spellings of known words (when exact matching found little);
     *                 words found nowhere in the index are always matched fuzzily
     */
    BuiltQuery build(String text, boolean fuzzyAll, Completion completion) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<Query> highlight = new ArrayList<>();
        for (String field : ArticleDocument.TEXT_FIELDS) {
            float boost = weights.field(field);
            add(query, words.createBooleanQuery(field, text), boost);
            if (bigrams != null && ArticleDocument.BIGRAM_FIELDS.contains(field)) {
                add(query, bigrams.createBooleanQuery(ArticleDocument.bigrams(field), text), boost * weights.bigrams());
            }
        }
        synonyms(query, text);
        Set<String> highlightTerms = wordTerms(query.build());
        String folded = Analysis.fold(text, bigrams != null);
        List<String> latin = latinWords(folded);
        boolean complete = completes(text, folded, latin, completion);
        if (bigrams != null) {
            pinyin(query, latin, complete);
            loneCharacters(query, folded);
        }
        for (String term : ArticleDocument.terms(index.analysis().words(), text)) {
            if (LATIN_WORD.matcher(term).matches() && term.length() >= MIN_FUZZY_LENGTH
                    && (fuzzyAll || unknown(term))) {
                fuzzy(query, term, highlight);
            }
        }
        if (complete) {
            prefix(query, folded, latin, highlight);
        }
        highlightTerms.forEach(t -> highlight.add(new TermQuery(new Term(Highlights.FIELD, t))));
        return new BuiltQuery(query.build(), highlight);
    }

    /** Each synonym group the query mentions adds its best-matching other term, at a lower weight. */
    private void synonyms(BooleanQuery.Builder query, String text) {
        for (List<String> alternatives : index.analysis().synonyms().alternatives(text)) {
            List<Query> options = new ArrayList<>();
            for (String alternative : alternatives) {
                BooleanQuery.Builder fields = new BooleanQuery.Builder();
                for (String field : ArticleDocument.TEXT_FIELDS) {
                    float boost = weights.field(field);
                    add(fields, words.createPhraseQuery(field, alternative), boost);
                    if (bigrams != null && ArticleDocument.BIGRAM_FIELDS.contains(field)) {
                        add(fields, bigrams.createPhraseQuery(ArticleDocument.bigrams(field), alternative), boost * weights.bigrams());
                    }
                }
                BooleanQuery option = fields.build();
                if (!option.clauses().isEmpty()) {
                    options.add(option);
                }
            }
            if (!options.isEmpty()) {
                add(query, new DisjunctionMaxQuery(options, 0f), weights.synonyms());
            }
        }
    }

    private static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null) {
            query.add(new BoostQuery(clause, boost), Occur.SHOULD);
        }
    }

    /** Latin words typed into a Chinese site are often pinyin: as words, and run together. */
    private void pinyin(BooleanQuery.Builder query, List<String> latin, boolean complete) {
        for (String word : latin) {
            add(query, new TermQuery(new Term(ArticleDocument.PINYIN, word)), weights.pinyin());
            if (word.length() >= 5 && docFreq(ArticleDocument.PINYIN, word) == 0) {
                add(query, new FuzzyQuery(new Term(ArticleDocument.PINYIN, word), 1, 1), weights.pinyin() * weights.fuzzy());
            }
        }
        if (latin.size() > 1) {
            add(query, new TermQuery(new Term(ArticleDocument.PINYIN, String.join("", latin))), weights.pinyin());
        }
        if (complete && !latin.isEmpty()) {
            add(query, prefixQuery(ArticleDocument.PINYIN, String.join("", latin)), weights.pinyin() * weights.prefix());
        }
    }

    /** A Chinese character standing alone has no bigram: match the words it starts instead. */
    private void loneCharacters(BooleanQuery.Builder query, String folded) {
        int[] chars = folded.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            boolean alone = isHan(chars[i]) && (i == 0 || !isHan(chars[i - 1])) && (i == chars.length - 1 || !isHan(chars[i + 1]));
            if (alone) {
                for (String field : ArticleDocument.TEXT_FIELDS) {
                    add(query, prefixQuery(ArticleDocument.bigramsOf(field), Character.toString(chars[i])),
                            weights.field(field) * weights.bigrams() * weights.prefix());
                }
            }
        }
    }

    /** Near matches of any word or character of the query: articles to offer when nothing matched. */
    Query relaxed(String text) {
        String folded = Analysis.fold(text, bigrams != null);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> fields = List.of(ArticleDocument.TITLE, ArticleDocument.TAGS);
        if (bigrams != null) {
            folded.codePoints().filter(QueryFactory::isHan).distinct().limit(16).forEach(c -> {
                for (String field : fields) {
                    add(query, prefixQuery(ArticleDocument.bigrams(field), Character.toString(c)), weights.field(field));
                }
            });
        }
        latinWords(folded).stream().filter(w -> w.length() >= 3).limit(16).forEach(word -> {
            for (String field : fields) {
                add(query, new FuzzyQuery(new Term(field, word), 2, 0), weights.field(field));
            }
        });
        return query.build();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private void fuzzy(BooleanQuery.Builder query, String term, List<Query> highlight) {
        int edits = term.length() >= 6 ? 2 : 1;
        for (String field : ArticleDocument.TEXT_FIELDS) {
            add(query, new FuzzyQuery(new Term(field, term), edits, 1), weights.field(field) * weights.fuzzy());
        }
        highlight.add(new FuzzyQuery(new Term(Highlights.FIELD, term), edits, 1));
    }

    private boolean completes(String text, String folded, List<String> latin, Completion completion) {
        if (completion == Completion.NONE || folded.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        if (completion == Completion.ALWAYS) {
            return true;
        }
        String last = latin.isEmpty() ? "" : latin.get(latin.size() - 1);
        return !last.isEmpty() && folded.endsWith(last)
                && docFreq(ArticleDocument.SPELLING, last) == 0 && docFreq(ArticleDocument.PINYIN, last) == 0;
    }

    private void prefix(BooleanQuery.Builder query, String folded, List<String> latin, List<Query> highlight) {
        char last = folded.charAt(folded.length() - 1);
        if (isHan(last) && bigrams != null) {
            for (String field : List.of(ArticleDocument.TITLE, ArticleDocument.TAGS)) {
                add(query, prefixQuery(ArticleDocument.bigrams(field), String.valueOf(last)),
                        weights.field(field) * weights.prefix() * weights.bigrams());
            }
        } else if (!latin.isEmpty() && folded.endsWith(latin.get(latin.size() - 1))
                && latin.get(latin.size() - 1).length() >= 2) {
            String word = latin.get(latin.size() - 1);
            for (String field : List.of(ArticleDocument.TITLE, ArticleDocument.TAGS)) {
                add(query, prefixQuery(field, word), weights.field(field) * weights.prefix());
            }
            highlight.add(new PrefixQuery(new Term(Highlights.FIELD, word)));
        }
    }

    private static Query prefixQuery(String field, String prefix) {
        return new PrefixQuery(new Term(field, prefix), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_EXPANSIONS));
    }

    private boolean unknown(String term) {
        for (String field : ArticleDocument.TEXT_FIELDS) {
            if (docFreq(field, term) > 0) {
                return false;
            }
        }
        return bigrams == null || docFreq(ArticleDocument.PINYIN, term) == 0;
    }

    private int docFreq(String field, String term) {
        try {
            IndexReader reader = index.searcher().getIndexReader();
            return reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an index in memory failed", e);
        }
    }

    static List<String> latinWords(String folded) {
        List<String> words = new ArrayList<>();
        Matcher matcher = LATIN_WORD.matcher(folded);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The word-field terms of a query (synonyms included), to mark in titles and snippets. */
    private static Set<String> wordTerms(Query query) {
        Set<Term> terms = new LinkedHashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> texts = new LinkedHashSet<>();
        for (Term term : terms) {
            if (ArticleDocument.TEXT_FIELDS.contains(term.field())) {
                texts.add(term.text());
            }
        }
        return texts;
    }

    /** A query and what to mark in the text of its results. */
    record BuiltQuery(Query query, List<Query> highlight) {
    }
}
