package com.okpay.helpcenter.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words that make a text a question ({@code 怎么}, {@code 为什么}, {@code 吗}, how, why, my...) say
 * nothing about its topic, yet in character bigrams and in English they match everywhere and pull
 * towards whatever article happens to repeat them. {@link #topical} blanks them out, so the query's
 * full weight goes to the words that carry the topic; the whole question is still searched, lighter.
 * Chinese is segmented first, so a filler word inside a longer word ({@code 了} in {@code 了解}) stays.
 */
final class QuestionWords {
    private static final Set<String> CHINESE = Set.of("什么", "什么时候", "时候", "何时", "几时", "谁", "怎么", "怎么办", "怎样",
            "怎么样", "如何", "为什么", "为啥", "啥", "咋", "咋办", "吗", "呢", "吧", "啊", "呀", "么", "的", "了", "我", "我的", "我们",
            "你", "你们", "您", "请问", "请", "一下", "是不是", "能不能", "可不可以", "要不要", "有没有", "哪些", "哪个", "哪里",
            "哪儿", "在哪", "多少", "可以", "是", "还", "都", "一般", "大家", "感觉", "好像", "应该", "还是", "到底", "总是", "已经");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(how|what|what's|why|when|where|which|who|my|mine|i|i'm|i've|me"
            + "|you|your|can|could|should|would|do|does|did|is|are|am|was|were|has|have|had|the|a|an|it|it's|its|to|of"
            + "|there|someone|something|still|yet|just|really|please|anyone|anybody)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private QuestionWords() {
    }

    /**
     * The text with its question words blanked (spaces, so Chinese bigrams never join across them);
     * the text as it is when fewer than two words or Chinese characters would remain: then it is a
     * keyword query ({@code what domain}, {@code css 什么}) whose every word may be in the title.
     */
    static String topical(String text, boolean chinese) {
        return topical(text, blanked(text, chinese));
    }

    /** As {@link #topical(String, boolean)}, given the text's {@link #blanked} form. */
    static String topical(String text, String blanked) {
        long units = blanked.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count()
                + WORD.matcher(blanked.replaceAll("\\p{IsHan}", " ")).results().count();
        return units >= 2 ? blanked : text;
    }

    /** The text with its question words blanked, however little remains. */
    static String blanked(String text, boolean chinese) {
        return chinese ? blankChinese(text) : ENGLISH.matcher(text).replaceAll(" ");
    }

    private static String blankChinese(String text) {
        StringBuilder out = new StringBuilder(text);
        SmartcnDictionaries.load();
        try (Tokenizer words = new HMMChineseTokenizer()) {
            CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            words.setReader(new StringReader(text));
            words.reset();
            while (words.incrementToken()) {
                if (CHINESE.contains(term.toString().toLowerCase(Locale.ROOT))) {
                    for (int i = offset.startOffset(); i < offset.endOffset(); i++) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting a query in memory failed", e);
        }
        return out.toString();
    }
}
