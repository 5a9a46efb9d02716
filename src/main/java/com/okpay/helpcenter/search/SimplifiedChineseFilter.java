package com.okpay.helpcenter.search;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

    /**
     * The folding of every character in the range, kept as a class path resource (UTF-16 code
     * units): computed with ICU at each start it cost a second of CPU on a cold JVM, mostly ICU
     * compiling its transliteration rules. {@link #compute()} makes it; a test checks the two agree.
     */
    private static final class Table {
        static final char[] SIMPLIFIED = read();

        private static char[] read() {
            try (InputStream in = SimplifiedChineseFilter.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return compute();
                }
                char[] table = new String(in.readAllBytes(), StandardCharsets.UTF_16BE).toCharArray();
                return table.length == LAST - FIRST + 1 ? table : compute();
            } catch (IOException e) {
                return compute();
            }
        }
    }

    /** Where the table is kept, next to this class. */
    static final String RESOURCE = "traditional-simplified.utf16";

    /** The table from ICU's {@code Traditional-Simplified} transform, one character at a time, plus 帐 to 账. */
    static char[] compute() {
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
