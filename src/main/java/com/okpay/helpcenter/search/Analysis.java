package com.okpay.helpcenter.search;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains. Every chain starts with NFKC case folding, so full-width {@code ＡＢＣ１２３}
 * and upper case match their plain forms; Chinese chains also fold traditional characters to
 * simplified ones. The same chain serves the index and the query side of a field.
 */
final class Analysis {
    /**
     * Question words and particles that say nothing about the topic: without them
     * {@code 支付失败怎么办} is not pulled towards every title ending in {@code 怎么办}.
     */
    /** Longer words are not kept for "did you mean". */
    static final int MAX_SPELLING_WORD = 30;
    private static final List<String> CHINESE_STOP_WORDS = List.of("的", "了", "吗", "呢", "吧", "啊", "呀", "么",
            "我", "我的", "我们", "你", "您", "怎么", "怎么办", "怎样", "如何", "什么", "为什么", "请问", "请",
            "一下", "是", "在", "要", "想", "能", "可以", "会", "该", "哪里", "哪儿", "在哪", "多少");
    private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private Analysis() {
    }

    /**
     * Chinese words segmented by smartcn; Latin words within Chinese text are split as identifiers
     * ({@code HTMLLabelElement}: also {@code html}, {@code label}, {@code element}) and stemmed like
     * English. smartcn lower-cases them, so their case is taken back from the text first.
     */
    static Analyzer chineseWords() {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        stop.addAll(CHINESE_STOP_WORDS);
        return chineseWords(CharArraySet.unmodifiableSet(stop), true);
    }

    /**
     * Title words as written, for {@link ArticleDocument#TITLE_EXACT}: Chinese words and their
     * Latin identifier parts, neither stemmed nor dropped as question words ({@code 我们} in a title
     * is a word of it); only smartcn's punctuation is left out.
     */
    static Analyzer chineseExactWords() {
        return chineseWords(SmartChineseAnalyzer.getDefaultStopSet(), false);
    }

    private static Analyzer chineseWords(CharArraySet stopWords, boolean stemmed) {
        return new IdentifierAnalyzer(true) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                SmartcnDictionaries.load();
                Tokenizer source = new HMMChineseTokenizer();
                WrittenCaseFilter written = new WrittenCaseFilter(source);
                TokenStream words = new StopFilter(identifiers(written), stopWords);
                return new TokenStreamComponents(reader -> source.setReader(written.read(reader)),
                        stemmed ? new PorterStemFilter(words) : words);
            }
        };
    }

    /** Overlapping character pairs of CJK text only: finds words smartcn cut differently. */
    static Analyzer chineseBigrams() {
        Set<String> cjk = Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE);
        return new FoldingAnalyzer(true) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream bigrams = new CJKBigramFilter(source);
                return new TokenStreamComponents(source, new TypeTokenFilter(bigrams, cjk, true));
            }
        };
    }

    /**
     * Chinese article bodies: character bigrams and Latin words in one field. Segmenting whole
     * bodies with smartcn would cost ten times as much, for little: most Chinese words are two
     * characters, and so already a bigram.
     */
    static Analyzer chineseBody() {
        return new IdentifierAnalyzer(true) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(identifiers(new CJKBigramFilter(source))));
            }
        };
    }

    /**
     * Chinese text as single characters (Latin words stemmed as in the other Chinese chains): what
     * the highlighter re-analyses result text with, fast enough to run on every search.
     */
    static Analyzer characters() {
        return new IdentifierAnalyzer(true) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(identifiers(source)));
            }
        };
    }

    /** English: stop words, accents folded to ASCII, Porter stemming (as Lucene's EnglishAnalyzer). */
    static Analyzer english() {
        return english(true);
    }

    /** English title words as written (not stemmed), for {@link ArticleDocument#TITLE_EXACT}. */
    static Analyzer englishExactWords() {
        return english(false);
    }

    private static Analyzer english(boolean stemmed) {
        return new IdentifierAnalyzer(false) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new EnglishPossessiveFilter(identifiers(source)));
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, stemmed ? new PorterStemFilter(stream) : stream);
            }
        };
    }

    /** Any other language: words and folding, no language-specific stemming. */
    static Analyzer plain() {
        return new IdentifierAnalyzer(false) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(identifiers(source)));
            }
        };
    }

    /** Whole Latin words as written (folded, not stemmed): the dictionary for "did you mean". */
    static Analyzer spelling() {
        return new FoldingAnalyzer(false) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new TypeTokenFilter(new ASCIIFoldingFilter(source), Set.of("<ALPHANUM>"), true);
                return new TokenStreamComponents(source, new LengthFilter(words, 3, MAX_SPELLING_WORD));
            }
        };
    }

    /** Pinyin is produced by {@link Pinyin} already lower case and space separated. */
    static Analyzer pinyin() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source);
            }
        };
    }

    /** The same folding as the analyzers', for matching typed text outside them (pinyin, prefixes). */
    static String fold(String text, boolean chinese) {
        String folded = NFKC_CASE_FOLD.normalize(text);
        return chinese ? SimplifiedChineseFilter.fold(folded) : folded;
    }

    static Reader fold(Reader reader, boolean chinese) {
        Reader folded = new ICUNormalizer2CharFilter(reader, NFKC_CASE_FOLD);
        return chinese ? new SimplifiedChineseFilter(folded) : folded;
    }

    /**
     * Folds width and (for Chinese) traditional characters before the tokenizer sees the text, but
     * not case: {@link IdentifierFilter} needs it to split {@code onChanged}. Case is folded right
     * after that filter, with the same normalization.
     */
    private abstract static class IdentifierAnalyzer extends FoldingAnalyzer {
        IdentifierAnalyzer(boolean chinese) {
            super(chinese, NFKC);
        }

        static TokenStream identifiers(TokenStream tokens) {
            return new CaseFoldFilter(new IdentifierFilter(tokens));
        }
    }

    /** Folds width, case and (for Chinese) traditional characters before the tokenizer sees the text. */
    private abstract static class FoldingAnalyzer extends Analyzer {
        private final boolean chinese;
        private final Normalizer2 normalizer;

        FoldingAnalyzer(boolean chinese) {
            this(chinese, NFKC_CASE_FOLD);
        }

        FoldingAnalyzer(boolean chinese, Normalizer2 normalizer) {
            this.chinese = chinese;
            this.normalizer = normalizer;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            Reader folded = new ICUNormalizer2CharFilter(reader, normalizer);
            return chinese ? new SimplifiedChineseFilter(folded) : folded;
        }
    }
}
