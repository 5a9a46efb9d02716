package com.okpay.helpcenter.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin spellings of Chinese words, indexed for titles and tags so that {@code tuikuan},
 * {@code tui kuan} and the initials {@code tk} all find {@code 退款}. A character with several
 * readings ({@code 重} is zhong and chong) contributes each of them, within a small limit.
 */
final class Pinyin {
    private static final int READINGS_PER_CHARACTER = 3;
    private static final int SPELLINGS_PER_WORD = 8;
    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    /**
     * Each character's readings, looked up once: pinyin4j formats every reading with a few regular
     * expressions compiled on the spot, for the same few thousand characters again and again.
     * At most one small entry per {@code char} value (a few MB at the very worst).
     */
    private final Map<Character, List<String>> byCharacter = new ConcurrentHashMap<>();

    Pinyin() {
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    /**
     * The pinyin terms of a phrase already cut into words: each word's full spellings and initials,
     * and the whole phrase run together (so {@code kefudianhua} matches {@code 客服电话}).
     */
    Set<String> terms(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder phrase = new StringBuilder();
        StringBuilder phraseInitials = new StringBuilder();
        int chineseWords = 0;
        for (String word : words) {
            List<List<String>> readings = readings(word);
            if (readings.isEmpty()) {
                continue;
            }
            chineseWords++;
            for (String spelling : combine(readings)) {
                terms.add(spelling);
            }
            List<List<String>> initials = readings.stream()
                    .map(r -> r.stream().map(s -> s.substring(0, 1)).distinct().toList()).toList();
            if (initials.size() > 1) {
                terms.addAll(combine(initials));
            }
            readings.forEach(r -> {
                phrase.append(r.get(0));
                phraseInitials.append(r.get(0).charAt(0));
            });
        }
        if (chineseWords > 1) {
            terms.add(phrase.toString());
            terms.add(phraseInitials.toString());
        }
        return terms;
    }

    /** The readings of each Chinese character of a word; empty when the word has none. */
    private List<List<String>> readings(String word) {
        List<List<String>> readings = new ArrayList<>();
        for (char c : word.toCharArray()) {
            List<String> forChar = readings(c);
            if (!forChar.isEmpty()) {
                readings.add(forChar);
            }
        }
        return readings;
    }

    private List<String> readings(char c) {
        return byCharacter.computeIfAbsent(c, this::lookUp);
    }

    private List<String> lookUp(char c) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (all == null) {
                return List.of();
            }
            return java.util.Arrays.stream(all).filter(s -> !s.isEmpty() && s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z'))
                    .distinct().limit(READINGS_PER_CHARACTER).toList();
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format is fixed and valid", e);
        }
    }

    private static List<String> combine(List<List<String>> parts) {
        List<String> spellings = List.of("");
        for (List<String> options : parts) {
            List<String> next = new ArrayList<>();
            for (String prefix : spellings) {
                for (String option : options) {
                    if (next.size() < SPELLINGS_PER_WORD) {
                        next.add(prefix + option);
                    }
                }
            }
            spellings = next;
        }
        return spellings;
    }
}
