package com.okpay.helpcenter.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysis of one language: the per-field analyzer the index is written with (queries go
 * through the same one), the plain word analyzer (pinyin, fuzzy terms), the highlighter's, and
 * the editors' synonyms as this language's queries use them.
 *
 * @param bigrams null for languages written with spaces between words
 */
record LocaleAnalysis(Language language, Analyzer index, Analyzer words, Analyzer bigrams, Analyzer spelling,
                      Analyzer highlighting, QuerySynonyms synonyms) {

    boolean chinese() {
        return bigrams != null;
    }

    /** The analyzers of a language, built once and shared by every snapshot. */
    record Base(Language language, Analyzer words, Analyzer bigrams, Analyzer spelling, Analyzer highlighting,
                Analyzer index) {

        static Base of(Language language) {
            Analyzer words = switch (language) {
                case CHINESE -> Analysis.chineseWords();
                case ENGLISH -> Analysis.english();
                case OTHER -> Analysis.plain();
            };
            Analyzer bigrams = language == Language.CHINESE ? Analysis.chineseBigrams() : null;
            Analyzer spelling = Analysis.spelling();
            Analyzer exactWords = switch (language) {
                case CHINESE -> Analysis.chineseExactWords();
                case ENGLISH -> Analysis.englishExactWords();
                case OTHER -> words; // not stemmed: the title words as written already
            };
            Map<String, Analyzer> fields = new HashMap<>(Map.of(ArticleDocument.SPELLING, spelling,
                    ArticleDocument.PINYIN, Analysis.pinyin(), ArticleDocument.TITLE_EXACT, exactWords));
            if (bigrams != null) {
                fields.put(ArticleDocument.BODY, Analysis.chineseBody());
                for (String field : ArticleDocument.BIGRAM_FIELDS) {
                    fields.put(ArticleDocument.bigrams(field), bigrams);
                }
            }
            Analyzer highlighting = bigrams == null ? words : Analysis.characters();
            return new Base(language, words, bigrams, spelling, highlighting, new PerFieldAnalyzerWrapper(words, fields));
        }

        LocaleAnalysis with(Synonyms synonyms) {
            return new LocaleAnalysis(language, index, words, bigrams, spelling, highlighting,
                    new QuerySynonyms(synonyms, words, bigrams != null));
        }
    }
}
