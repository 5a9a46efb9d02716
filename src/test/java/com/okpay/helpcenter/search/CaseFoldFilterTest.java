package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseFoldFilter} gives the very tokens (terms, offsets) ICU's own case-folding filter gives,
 * in the identifier chains' shape: on crafted text (full-width, ligatures, traditional characters,
 * combining marks after capitals, Turkish and German letters), random mixtures and every bundled
 * article.
 */
class CaseFoldFilterTest {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final List<String> CRAFTED = List.of("", "plain ascii text, with Capitals and 123.",
            "ＡＢＣ１２３ full-width", "ﬁle ligature ℌ ㍿ ①", "帳戶被鎖定 怎麼辦", "E\u0301cole A\u030A Ö o\u0308",
            "\u0301 leading combining mark", "İstanbul ıi Straße ẞ ΣΑΣ", "HTMLLabelElement onChanged",
            "tab\tand\u00a0no-break\u3000ideographic space", "emoji 👍🏽 and 𝐁𝐨𝐥𝐝", "\u200bzero\u200dwidth\u00ad soft",
            "Å\u0323 stacked marks A\u0300\u0301\u0302", "한국어 日本語ｶﾀｶﾅ");

    @Test
    void craftedTextIsFoldedAsIcuFoldsIt() {
        for (String text : CRAFTED) {
            assertSame(text);
        }
    }

    @Test
    void randomMixturesAreFoldedAsIcuFoldsThem() {
        String alphabet = "aZ 中帳ＡＱ\u0301\u0308\u030A\u0323ﬁßİΣ\u00a0\u3000.ｶﾞ\ud835\udc01";
        Random random = new Random(17);
        for (int i = 0; i < 5_000; i++) {
            assertSame(randomText(random, 40, () -> {
                int at = random.nextInt(alphabet.length());
                return Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                        : Character.isLowSurrogate(alphabet.charAt(at)) ? "x" : String.valueOf(alphabet.charAt(at));
            }));
        }
    }

    /** Long plain text with a few characters to fold anywhere. */
    @Test
    void longTextWithAFewCharactersToFoldIsFoldedAsIcuFoldsIt() {
        String rare = "Ａ\u0301ﬁ\u00a0，（）\u200b帳É";
        Random random = new Random(19);
        for (int i = 0; i < 2_000; i++) {
            assertSame(randomText(random, 600, () -> String.valueOf(random.nextInt(40) == 0
                    ? rare.charAt(random.nextInt(rare.length())) : "The quick Brown fox 中文 ".charAt(random.nextInt(23)))));
        }
    }

    /** Up to {@code maxPieces} pieces, each from {@code piece}. */
    private static String randomText(Random random, int maxPieces, Supplier<String> piece) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxPieces); n > 0; n--) {
            text.append(piece.get());
        }
        return text.toString();
    }

    @Test
    void everyAsciiCharacterAfterAndBeforeAnyOtherIsFoldedAsIcuFoldsIt() {
        for (char c = 0; c < 128; c++) {
            assertSame(c + "Ab\u0301" + c + "É" + c);
        }
    }

    @Test
    void everyBundledArticleIsFoldedAsIcuFoldsIt() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            List<Path> markdown = files.filter(file -> file.toString().endsWith(".md")).toList();
            for (Path file : markdown) {
                assertSame(Files.readString(file));
            }
        }
    }

    /** The same tokens with the same offsets, after NFKC as in the chains and on raw text too. */
    static void assertSame(String text) {
        assertEquals(tokens(reference(true), text), tokens(fast(true), text), text);
        assertEquals(tokens(reference(false), text), tokens(fast(false), text), text);
    }

    /** The identifier chains' shape before: ICU's char filter (NFKC), then ICU's case folding per token. */
    private static Analyzer reference(boolean nfkc) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ICUNormalizer2Filter(new IdentifierFilter(source), NFKC_CASE_FOLD));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return nfkc ? new ICUNormalizer2CharFilter(reader, NFKC) : reader;
            }
        };
    }

    private static Analyzer fast(boolean nfkc) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new CaseFoldFilter(new IdentifierFilter(source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return nfkc ? new ICUNormalizer2CharFilter(reader, NFKC) : reader;
            }
        };
    }

    /** Each token with its offsets and position increment. */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + offsets.startOffset() + "-" + offsets.endOffset());
            }
            stream.end();
            tokens.add("end@" + offsets.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
