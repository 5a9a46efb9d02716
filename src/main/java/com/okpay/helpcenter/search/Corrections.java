package com.okpay.helpcenter.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each Latin word that no article contains by the closest word the
 * articles do contain (pinyin included on Chinese sites), straight from the index's terms. A
 * word of the language is no typo, on a page or not ({@link EnglishWords}): "how long does a
 * refund take" was offered as "how long down a refund take" where no article writes "does".
 */
final class Corrections {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]{2,}");

    private Corrections() {
    }

    /** The corrected query, or nothing when no word needed (or found) a correction. */
    static List<String> of(LocaleIndex index, String text) {
        String folded = Analysis.fold(text, index.analysis().chinese());
        IndexReader reader = index.searcher().getIndexReader();
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        Matcher words = WORD.matcher(folded);
        while (words.find()) {
            String word = words.group();
            String replacement = EnglishWords.known(word) ? word : index.correction(word, w -> nearest(reader, w));
            changed |= !replacement.equals(word);
            words.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(corrected);
        List<String> corrections = new ArrayList<>();
        if (changed) {
            corrections.add(corrected.toString());
        }
        return corrections;
    }

    /** The nearest word the articles contain, or the word itself (known, or nothing near). */
    private static String nearest(IndexReader reader, String word) {
        Term term = new Term(ArticleDocument.SPELLING, word);
        try {
            if (reader.docFreq(term) > 0) {
                return word;
            }
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMinPrefix(1);
            // no longer word is kept for spelling (see Analysis.spelling): such words are names, not typos
            checker.setMaxQueryLength(Analysis.MAX_SPELLING_WORD);
            // no further than search itself looks for near spellings: "plugh" is not "plus"
            checker.setMaxEdits(LooseMatches.edits(word));
            SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return best.length > 0 ? best[0].string : word;
        } catch (IOException e) {
            return word;
        }
    }
}
