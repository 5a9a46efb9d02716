package com.okpay.helpcenter.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * NFKC (with or without case folding) before the tokenizer, as {@link ICUNormalizer2CharFilter}
 * does, but text that is normalized already (nearly all of it) is passed through untouched. ICU's
 * filter walks every text in small chunks up to normalization boundaries and keeps an offset map
 * for each: at a cold start of 12 000 articles that was a twentieth of the indexing's CPU, for
 * text it then left as it was. The text is read whole (fields are strings of at most a few tens
 * of thousands of characters) and checked once; only text that needs it goes through ICU's filter.
 *
 * <p>With case folding, ASCII capitals are lowered first: NFKC_Casefold maps each of them to its
 * small letter and nothing else, and they never combine with a neighbour, so the folded text is
 * the lowered text whenever the lowered text is normalized. Offsets stay exact (one character
 * for one).
 */
final class NormalizingCharFilter extends CharFilter {
    private final Normalizer2 normalizer;
    private final boolean caseFolding;
    /** Where characters are read from once the input was checked; null before the first read. */
    private Reader output;
    /** ICU's filter when the text needed it: offsets are corrected through it. */
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
        return icu == null ? currentOff : icu.correctOffset(currentOff);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (output == null) {
            output = normalized(readAll(input));
        }
        return output.read(buffer, offset, length);
    }

    private Reader normalized(String text) {
        String lowered = caseFolding ? lowerAscii(text) : text;
        if (normalizer.isNormalized(lowered)) {
            return new StringReader(lowered);
        }
        icu = new ICUNormalizer2CharFilter(new StringReader(text), normalizer);
        return icu;
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
