package com.okpay.helpcenter.search;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * NFKC case folding of each token, as {@link ICUNormalizer2Filter} with NFKC_Casefold does, with
 * ASCII capitals lowered in place first: most tokens of English text start with one, and ICU's
 * filter normalized each such token into a new string (copied back), a twentieth of the English
 * chain's CPU at a cold start. Lowering them first changes no result (see
 * {@link NormalizingCharFilter}); only tokens that are still not folded go through ICU.
 */
final class CaseFoldFilter extends TokenFilter {
    private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    CaseFoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        if (NFKC_CASE_FOLD.quickCheck(term) != Normalizer.YES) {
            folded.setLength(0);
            NFKC_CASE_FOLD.normalize(term, folded);
            term.setEmpty().append(folded);
        }
        return true;
    }
}
