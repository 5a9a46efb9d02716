package com.okpay.helpcenter.search;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds traditional Chinese characters to simplified ones before segmentation, so {@code 帳戶被鎖定}
 * is cut into words like {@code 账户被锁定}. The mapping is ICU's {@code Traditional-Simplified}
 * transform taken one character at a time: one character in, one out, so offsets stay exact for
 * highlighting and no correction map is needed. One variant is folded as well: {@code 帐} (which
 * is also what {@code 帳} becomes) to {@code 账}, as mainland finance writes it ({@code 帐户} and
 * {@code 账户}, {@code 到帐} and {@code 到账} are the same words to a payments customer).
 */
final class SimplifiedChineseFilter extends CharFilter {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    SimplifiedChineseFilter(Reader in) {
        super(in);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            buffer[i] = fold(buffer[i]);
        }
        return read;
    }

    static char fold(char c) {
        return c >= FIRST && c <= LAST ? Table.SIMPLIFIED[c - FIRST] : c;
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** Built on first use (about 0.1 s) and constant afterwards, like the segmenter's dictionaries. */
    private static final class Table {
        static final char[] SIMPLIFIED = build();

        private static char[] build() {
            Transliterator transform = Transliterator.getInstance("Traditional-Simplified");
            char[] table = new char[LAST - FIRST + 1];
            for (int c = FIRST; c <= LAST; c++) {
                String out = transform.transliterate(String.valueOf((char) c));
                table[c - FIRST] = out.length() == 1 ? out.charAt(0) : (char) c;
            }
            for (int i = 0; i < table.length; i++) {
                if (table[i] == '帐') {
                    table[i] = '账';
                }
            }
            return table;
        }
    }
}
