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
 * articles do contain (pinyin included on Chinese sites), straight from the index's terms.
 */
final class Corrections {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]{2,}");

    private Corrections() {
    }

    /** The corrected query, or nothing when no word needed (or found) a correction. */
    static List<String> of(LocaleIndex index, String text) {
        String folded = Analysis.fold(text, index.analysis().chinese());
        IndexReader reader = index.searcher().getIndexReader();
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(1);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        Matcher words = WORD.matcher(folded);
        try {
            while (words.find()) {
                Term term = new Term(ArticleDocument.SPELLING, words.group());
                String replacement = words.group();
                if (reader.docFreq(term) == 0) {
                    SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (best.length > 0) {
                        replacement = best[0].string;
                        changed = true;
                    }
                }
                words.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
            }
            words.appendTail(corrected);
        } catch (IOException e) {
            return List.of();
        }
        List<String> corrections = new ArrayList<>();
        if (changed) {
            corrections.add(corrected.toString());
        }
        return corrections;
    }
}
