package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentifierFilterTest {

    @Test
    void aTokenTheQuickCheckPassesOverHasNoPartsIndeed() {
        Random random = new Random(11);
        String alphabet = "abcXYZ09._:-é账户 ";
        for (int n = 0; n < 20_000; n++) {
            char[] token = new char[1 + random.nextInt(8)];
            for (int i = 0; i < token.length; i++) {
                token[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(token);
            if (!IdentifierFilter.mayHaveParts(token, token.length)) {
                assertTrue(IdentifierFilter.parts(text, 0, text.length()).isEmpty(), text);
            }
        }
        for (String plain : List.of("refund", "Refund", "账户", "2024", "e-mail")) {
            assertFalse(IdentifierFilter.mayHaveParts(plain.toCharArray(), plain.length()), plain);
        }
        for (String api : List.of("bookmarks.onChanged", "MAX_VALUE", "XMLHttpRequest", "onChanged", "xsl:text")) {
            assertTrue(IdentifierFilter.mayHaveParts(api.toCharArray(), api.length()), api);
            assertFalse(IdentifierFilter.parts(api, 0, api.length()).isEmpty(), api);
        }
    }
}
