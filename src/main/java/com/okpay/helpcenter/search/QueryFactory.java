package com.okpay.helpcenter.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a visitor typed into a Lucene query. The text is never parsed as query syntax: it only
 * goes through the analyzers, so {@code AND}, quotes, {@code *} and backslashes are ordinary
 * characters that the tokenizers drop. Every field is searched with its own weight, Chinese text
 * also through character bigrams, plus the synonyms the query mentions and the looser matches of
 * {@link LooseMatches}.
 */
final class QueryFactory {
    private final LocaleIndex index;
    private final Weights weights;
    private final QueryBuilder words;
    private final QueryBuilder bigrams;
    private final LooseMatches loose;

    QueryFactory(LocaleIndex index, Weights weights) {
        this.index = index;
        this.weights = weights;
        LocaleAnalysis analysis = index.analysis();
        this.words = new QueryBuilder(analysis.index());
        this.bigrams = analysis.chinese() ? new QueryBuilder(analysis.bigrams()) : null;
        this.loose = new LooseMatches(index, weights);
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
        // the question words are blanked once: segmenting Chinese is the costly part
        String blanked = weights.question() >= 1 ? text : QuestionWords.blanked(text, bigrams != null);
        String topical = QuestionWords.topical(text, blanked);
        if (topical.equals(text) && !blanked.isBlank() && !blanked.strip().equals(text.strip())
                && loose.foundNowhere(blanked)) {
            // a keyword query ("what is a chargeback") whose topic no page holds: its question
            // words would be all that matched, everywhere
            topical = blanked;
        }
        boolean question = !topical.isBlank() && !topical.strip().equals(text.strip());
        everyField(query, question ? topical : text, false);
        titleHoldsEvery(query, ArticleDocument.TITLE, question ? topical : text, weights.titleAll());
        titleHoldsEvery(query, ArticleDocument.TITLE_EXACT, question ? topical : text, weights.titleExact());
        synonyms(query, text);
        // what carried the match is marked, not the question words
        List<Query> highlight = new ArrayList<>(highlightTerms(query.build(), text.strip().codePointCount(0, text.strip().length()) == 1));
        String folded = Analysis.fold(text, bigrams != null);
        List<String> latin = LooseMatches.latinWords(folded);
        boolean complete = loose.completes(text, folded, latin, completion);
        if (bigrams != null) {
            loose.pinyin(query, latin, complete);
            loose.loneCharacters(query, folded);
        }
        loose.nearSpellings(query, question ? topical : text, fuzzyAll, highlight);
        if (complete) {
            loose.prefix(query, folded, latin, highlight);
        }
        if (!question || weights.question() <= 0) {
            return new BuiltQuery(query.build(), highlight);
        }
        // the whole question only adds to what its topic matched: an article that holds nothing
        // but its question words (what, is, 怎么) is no result ("what is the weather tomorrow")
        BooleanQuery.Builder whole = new BooleanQuery.Builder();
        everyField(whole, text, false);
        BooleanQuery.Builder topicFirst = new BooleanQuery.Builder().add(query.build(), Occur.MUST);
        add(topicFirst, whole.build(), weights.question());
        return new BuiltQuery(topicFirst.build(), highlight);
    }

    /**
     * The text in every field with the field's weight, Chinese also in the fields' bigram twins.
     * As a phrase, the body (which keeps no positions) asks for all of its words instead.
     */
    private void everyField(BooleanQuery.Builder query, String text, boolean phrase) {
        for (String field : ArticleDocument.TEXT_FIELDS) {
            float boost = weights.field(field);
            add(query, !phrase ? words.createBooleanQuery(field, text)
                    : field.equals(ArticleDocument.BODY) ? words.createBooleanQuery(field, text, Occur.MUST)
                    : words.createPhraseQuery(field, text), boost);
            if (bigrams != null && ArticleDocument.BIGRAM_FIELDS.contains(field)) {
                String twin = ArticleDocument.bigrams(field);
                add(query, phrase ? bigrams.createPhraseQuery(twin, text) : bigrams.createBooleanQuery(twin, text),
                        boost * weights.bigrams());
            }
        }
    }

    /** A bonus for a title that holds every word of a query of several words, in {@code field}'s analysis. */
    private void titleHoldsEvery(BooleanQuery.Builder query, String field, String text, float weight) {
        if (weight > 0) {
            Query all = words.createBooleanQuery(field, text, Occur.MUST);
            if (all instanceof BooleanQuery several && several.clauses().size() > 1) {
                add(query, all, weight);
            }
        }
    }

    /** Each synonym group the query mentions adds its best-matching other term, at a lower weight. */
    private void synonyms(BooleanQuery.Builder query, String text) {
        for (List<String> alternatives : index.analysis().synonyms().alternatives(text)) {
            List<Query> options = new ArrayList<>();
            for (String alternative : alternatives) {
                BooleanQuery.Builder fields = new BooleanQuery.Builder();
                everyField(fields, alternative, true);
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

    /** Near matches of any word or character of the query: articles to offer when nothing matched. */
    Query relaxed(String text) {
        return loose.relaxed(text);
    }

    static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null) {
            query.add(new BoostQuery(clause, boost), Occur.SHOULD);
        }
    }

    /**
     * Words of a question that carry no topic ({@code my}, {@code how}...; the Chinese ones are stop
     * words already): searched for, but not marked as if they mattered. Stemmed as the index is.
     */
    private static final Set<String> FILLER = Set.of("my", "i", "me", "you", "your", "how", "what", "do", "doe", "can",
            "why", "when", "where", "which", "who", "should", "would", "could", "did");

    /**
     * What to mark in titles and snippets: the word-field terms of a query (synonyms included, a
     * multi-word synonym as a phrase), in the highlighter's field. A single Chinese character is
     * marked only when it is the whole query: the segmenter leaves many characters alone
     * ({@code 到}, {@code 的}), and marking each of them everywhere is noise.
     */
    private static List<Query> highlightTerms(Query query, boolean oneCharacterQuery) {
        Set<Query> marks = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return ArticleDocument.TEXT_FIELDS.contains(field);
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                if (parent instanceof BooleanQuery all && all.clauses().size() > 1
                        && all.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST && c.getQuery() instanceof TermQuery)) {
                    // words all required are a phrase asked of the body (which keeps no positions) or
                    // an identifier's parts: marked together ("money back"), not each ("back")
                    Term[] words = all.clauses().stream().map(c -> ((TermQuery) c.getQuery()).getTerm()).toArray(Term[]::new);
                    if (acceptField(words[0].field())) {
                        marks.add(phrase(words, IntStream.range(0, words.length).toArray()));
                    }
                    return EMPTY_VISITOR;
                }
                return super.getSubVisitor(occur, parent);
            }

            @Override
            public void consumeTerms(Query parent, Term... terms) {
                if (parent instanceof PhraseQuery phrase && terms.length > 1) {
                    marks.add(phrase(terms, phrase.getPositions()));
                    return;
                }
                for (Term term : terms) {
                    String text = term.text();
                    if (FILLER.contains(text)) {
                        continue;
                    }
                    boolean loneCharacter = text.codePointCount(0, text.length()) == 1
                            && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
                    if (oneCharacterQuery || !loneCharacter) {
                        marks.add(new TermQuery(new Term(Highlights.FIELD, text)));
                    }
                }
            }
        });
        return List.copyOf(marks);
    }

    /** The words at these positions, in the highlighter's field. */
    private static Query phrase(Term[] words, int[] positions) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < words.length; i++) {
            phrase.add(new Term(Highlights.FIELD, words[i].text()), positions[i]);
        }
        return phrase.build();
    }

    /** A query and what to mark in the text of its results. */
    record BuiltQuery(Query query, List<Query> highlight) {
    }
}
