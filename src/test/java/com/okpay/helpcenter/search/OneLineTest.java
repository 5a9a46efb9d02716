package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A snippet's text on one line: the hand-written pass gives what the regular expressions gave. */
class OneLineTest {
    /** How it was written before, with regular expressions: the reference. */
    private static String withRegularExpressions(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\\s*\n\\s*")) {
            String clean = line.replaceAll("\\s+", " ");
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                out.append("。！？；：.!?;:，,、".indexOf(last) >= 0 ? " " : " · ");
            }
            out.append(clean);
        }
        return out.toString();
    }

    /** Up to {@code length} characters of words, punctuation and every kind of white space. */
    private static String randomText(Random random, int length) {
        String alphabet = "ab 中。.,\n\t\r\f\u000B\u00A0\u2003\u3000\u001C!、";
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(length); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void linesAreJoinedWithADotUnlessTheyEndInPunctuation() {
        assertEquals("Heading · First line. Second line", Highlights.oneLine("  Heading\n\nFirst  line.\n  Second\tline \n"));
        assertEquals("标题 · 第一段。 第二段", Highlights.oneLine("标题\n第一段。\r\n第二段"));
        assertEquals("", Highlights.oneLine(" \n "));
    }

    @Test
    void anyTextGivesWhatTheRegularExpressionsGave() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, 24);
            assertEquals(withRegularExpressions(text), Highlights.oneLine(text),
                    () -> text.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
        }
    }

    @Test
    void theOpeningIsTheStartOfTheWholeTextsLine() {
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, i % 2 == 0 ? 160 : 400);
            String whole = Highlights.oneLine(text);
            SnippetCuts.Cut cut = SnippetCuts.cut(whole, 0, Highlights.SNIPPET_CHARS, 0, 0, false, false);
            String expected = whole.length() <= Highlights.SNIPPET_CHARS ? whole
                    : whole.substring(0, cut.to()) + (cut.after() ? SnippetCuts.ELLIPSIS : "");
            assertEquals(expected, Highlights.opening(text),
                    () -> text.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
        }
    }
}
