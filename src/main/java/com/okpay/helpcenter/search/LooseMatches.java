package com.okpay.helpcenter.search;

import static com.okpay.helpcenter.search.QueryFactory.add;

import com.okpay.helpcenter.search.QueryFactory.Completion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The clauses for what a visitor did not type exactly as the articles write it: near spellings of
 * Latin words, the word still being typed, pinyin for Chinese words, and a Chinese character
 * typed alone. Each counts for less than an exact match (see {@link Weights}).
 */
final class LooseMatches {
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9]*");
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final int PREFIX_EXPANSIONS = 20;

    private final LocaleIndex index;
    private final Weights weights;
    private final boolean chinese;
    private final SharedFuzzyQuery.Automata automata = new SharedFuzzyQuery.Automata();

    LooseMatches(LocaleIndex index, Weights weights) {
        this.index = index;
        this.weights = weights;
        this.chinese = index.analysis().chinese();
    }

    /** Latin words typed into a Chinese site are often pinyin: as words, and run together. */
    void pinyin(BooleanQuery.Builder query, List<String> latin, boolean complete) {
        for (String word : latin) {
            add(query, new TermQuery(new Term(ArticleDocument.PINYIN, word)), weights.pinyin());
            if (word.length() >= 5 && docFreq(ArticleDocument.PINYIN, word) == 0) {
                add(query, fuzzyQuery(new Term(ArticleDocument.PINYIN, word), 1, 1), weights.pinyin() * weights.fuzzy());
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
    void loneCharacters(BooleanQuery.Builder query, String folded) {
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
        String folded = Analysis.fold(text, chinese);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> fields = List.of(ArticleDocument.TITLE, ArticleDocument.TAGS);
        if (chinese) {
            folded.codePoints().filter(LooseMatches::isHan).distinct().limit(16).forEach(c -> {
                for (String field : fields) {
                    add(query, prefixQuery(ArticleDocument.bigrams(field), Character.toString(c)), weights.field(field));
                }
            });
        }
        latinWords(folded).stream().filter(w -> w.length() >= 3).limit(16).forEach(word -> {
            for (String field : fields) {
                add(query, fuzzyQuery(new Term(field, word), 2, 0), weights.field(field));
            }
        });
        return query.build();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * Words of the query that no article contains (or, with {@code all}, every word), spelled
     * nearly. A word of the language that no article contains is no typo: "wrote" is not "write",
     * and "weather" not "whether".
     */
    void nearSpellings(BooleanQuery.Builder query, String text, boolean all, List<Query> highlight) {
        Set<String> spelledRight = null; // read only for a query with a word no article has
        for (String term : ArticleDocument.terms(index.analysis().words(), text)) {
            if (!LATIN_WORD.matcher(term).matches() || term.length() < MIN_FUZZY_LENGTH) {
                continue;
            }
            boolean typo = all;
            if (unknown(term)) {
                spelledRight = spelledRight == null ? wordsOfTheLanguage(text) : spelledRight;
                typo = !spelledRight.contains(term);
            }
            if (typo) {
                fuzzy(query, term, highlight);
            }
        }
    }

    /** Whether {@code text} is Latin words only, none of which any article holds. */
    boolean foundNowhere(String text) {
        List<String> terms = ArticleDocument.terms(index.analysis().words(), text);
        return !terms.isEmpty() && terms.stream().allMatch(term -> LATIN_WORD.matcher(term).matches() && unknown(term));
    }

    /** The terms of the query's words that are English words ({@link EnglishWords}), as analysed. */
    private Set<String> wordsOfTheLanguage(String text) {
        Set<String> terms = new HashSet<>();
        for (String word : latinWords(Analysis.fold(text, chinese))) {
            if (EnglishWords.known(word)) {
                terms.addAll(ArticleDocument.terms(index.analysis().words(), word));
            }
        }
        return terms;
    }

    /** How far a near spelling of {@code word} may be: one edit in a short word, two from six letters. */
    static int edits(String word) {
        return word.length() >= 6 ? 2 : 1;
    }

    private void fuzzy(BooleanQuery.Builder query, String term, List<Query> highlight) {
        int edits = edits(term);
        for (String field : ArticleDocument.TEXT_FIELDS) {
            add(query, fuzzyQuery(new Term(field, term), edits, 1), weights.field(field) * weights.fuzzy());
        }
        highlight.add(new FuzzyQuery(new Term(Highlights.FIELD, term), edits, 1));
    }

    boolean completes(String text, String folded, List<String> latin, Completion completion) {
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

    void prefix(BooleanQuery.Builder query, String folded, List<String> latin, List<Query> highlight) {
        char last = folded.charAt(folded.length() - 1);
        if (isHan(last) && chinese) {
            // a character after others already has its bigram; only the words that titles and tags
            // start with it are worth the cost of expanding it
            for (String field : List.of(ArticleDocument.TITLE, ArticleDocument.TAGS)) {
                add(query, prefixQuery(ArticleDocument.bigrams(field), String.valueOf(last)),
                        weights.field(field) * weights.prefix() * weights.bigrams());
            }
        } else if (!latin.isEmpty() && folded.endsWith(latin.get(latin.size() - 1))
                && latin.get(latin.size() - 1).length() >= 2) {
            String word = latin.get(latin.size() - 1);
            for (String field : ArticleDocument.BIGRAM_FIELDS) {
                add(query, prefixQuery(field, word), weights.field(field) * weights.prefix());
            }
            highlight.add(new PrefixQuery(new Term(Highlights.FIELD, word)));
        }
    }

    /** The words of a field starting with {@code prefix}, expanded once per snapshot. */
    private Query prefixQuery(String field, String prefix) {
        return index.expandedOnce(new Beginning(field, prefix), () -> new PrefixQuery(new Term(field, prefix),
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_EXPANSIONS)));
    }

    /** The near spellings of a word in a field, expanded once per snapshot. */
    private Query fuzzyQuery(Term term, int maxEdits, int prefixLength) {
        return index.expandedOnce(new NearSpelling(term, maxEdits, prefixLength), () -> automata.query(term, maxEdits, prefixLength));
    }

    /** What {@link #prefixQuery} expands: the same key, the same query. */
    private record Beginning(String field, String prefix) {
    }

    /** What {@link #fuzzyQuery} expands: the same key, the same query. */
    private record NearSpelling(Term term, int maxEdits, int prefixLength) {
    }

    private boolean unknown(String term) {
        for (String field : ArticleDocument.TEXT_FIELDS) {
            if (docFreq(field, term) > 0) {
                return false;
            }
        }
        return !chinese || docFreq(ArticleDocument.PINYIN, term) == 0;
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
}
