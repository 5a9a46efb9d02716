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
 * filter normalized each such token into a new string (copied back). Lowering them first changes
 * no result: NFKC_Casefold maps each ASCII capital to its small letter and nothing else, and
 * case-maps a letter and the marks combining with it alike, so folding the lowered token gives
 * what folding the token gives. Only tokens still not folded then go through ICU.
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
