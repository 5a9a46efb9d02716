package com.okpay.helpcenter.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * NFKC (with or without case folding) before the tokenizer, as {@link ICUNormalizer2CharFilter}
 * does, but the part of the text that is normalized already (nearly all of an English text) is
 * passed through untouched. ICU's filter walks every text in small chunks up to normalization
 * boundaries and keeps an offset map for each: at a cold start of 12 000 articles that was a
 * twentieth of the indexing's CPU, for text it then left as it was. The text is read whole (fields
 * are strings of at most a few tens of thousands of characters), its normalized start found in one
 * quick check (up to a normalization boundary), and only the rest goes through ICU's filter, with
 * offsets shifted by the start's length.
 *
 * <p>With case folding, ASCII capitals are lowered first: NFKC_Casefold maps each of them to its
 * small letter and nothing else, and they never combine with a neighbour, so the folded text is
 * the lowered text wherever the lowered text is normalized. Offsets stay exact (one character
 * for one).
 */
final class NormalizingCharFilter extends CharFilter {
    private final Normalizer2 normalizer;
    private final boolean caseFolding;
    /** The normalized start of the text (all of it when nothing follows); null before the first read. */
    private String head;
    /** How much of {@link #head} was read. */
    private int position;
    /** ICU's filter over what follows the normalized start, when something does: offsets are corrected through it. */
    private CharFilter icu;

    /**
     * @param caseFolding whether {@code normalizer} is NFKC_Casefold (or any normalization that
     *     maps ASCII capitals to small letters and leaves the rest of ASCII alone)
     */
    NormalizingCharFilter(Reader input, Normalizer2 normalizer, boolean caseFolding) {
        super(input);
        this.normalizer = normalizer;
        this.caseFolding = caseFolding;
    }

    @Override
    protected int correct(int currentOff) {
        int start = head.length();
        return icu == null || currentOff < start ? currentOff : start + icu.correctOffset(currentOff - start);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (head == null) {
            split(readAll(input));
        }
        if (position < head.length()) {
            int count = Math.min(length, head.length() - position);
            head.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }
        return icu == null ? -1 : icu.read(buffer, offset, length);
    }

    /** Into the normalized start (up to a normalization boundary) and ICU's filter over the rest. */
    private void split(String text) {
        String lowered = caseFolding ? lowerAscii(text) : text;
        int start = normalizer.spanQuickCheckYes(lowered);
        head = lowered.substring(0, start);
        if (start < text.length()) {
            icu = new ICUNormalizer2CharFilter(new StringReader(text.substring(start)), normalizer);
        }
    }

    /** {@code text} with A-Z lowered, the same string when there is none. */
    static String lowerAscii(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }
}
