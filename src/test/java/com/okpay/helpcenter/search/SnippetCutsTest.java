package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Snippets stop between words, after a sentence where one ends near the cut, and say where the text goes on. */
class SnippetCutsTest {
    private static final int N = Highlights.SNIPPET_CHARS;

    private static String shown(String text, SnippetCuts.Cut cut) {
        return (cut.before() ? "…" : "") + text.substring(cut.from(), cut.to()) + (cut.after() ? "…" : "");
    }

    @Test
    void aSentenceEndingNearTheCutEndsTheSnippetWithoutEllipsis() {
        String text = "a".repeat(N - 20) + "。跟进时说明首次提交的时间和编号，客服会优先处理。";
        SnippetCuts.Cut cut = SnippetCuts.cut(text, 0, N, 0, 0, false, false);
        assertEquals("a".repeat(N - 20) + "。", shown(text, cut));
    }

    @Test
    void withoutASentenceEndTheSnippetStopsAtAPauseWithAnEllipsis() {
        String text = "期望结果：希望客服帮你确认、退款还是解锁 ".repeat(10);
        SnippetCuts.Cut cut = SnippetCuts.cut(text, 0, N, 0, 0, false, false);
        String shown = shown(text, cut);
        assertTrue(shown.endsWith("…"), shown);
        assertFalse(shown.endsWith(" …") || shown.endsWith("、…") || shown.endsWith("：…"), shown);
        assertTrue(text.startsWith(shown.substring(0, shown.length() - 1)), shown);
    }

    @Test
    void anAddressIsNeverCutInTwo() {
        String text = "x ".repeat(N / 2 - 4) + "注册邮箱：name@example.com 手机号：138";
        int at = text.indexOf("name@") + 5;
        String shown = shown(text, SnippetCuts.cut(text, 0, at, 0, 0, false, false));
        assertFalse(shown.contains("name@") && !shown.contains("name@example.com"), shown);
    }

    @Test
    void englishStopsBetweenWords() {
        String text = "Your refund goes back to the card you paid with. "
                + "Banks and card issuers usually need between three and five working days to show the money in your statement again";
        String shown = shown(text, SnippetCuts.cut(text, 0, N, 0, 0, false, true));
        String words = shown.substring(0, shown.length() - 1);
        assertTrue(shown.endsWith("…"), shown);
        assertTrue(text.startsWith(words) && text.charAt(words.length()) == ' ', shown);
    }

    @Test
    void aSnippetStartingInsideASentenceMovesToTheNextOneOrSaysSo() {
        String text = "the first sentence goes on. The second one holds the word refund here.";
        int from = text.indexOf("goes");
        int mark = text.indexOf("refund");
        assertEquals("The second one holds the word refund here.",
                shown(text, SnippetCuts.cut(text, from, text.length(), mark, mark + 6, false, false)));
        int late = text.indexOf("second");
        assertEquals("…second one holds the word refund here.",
                shown(text, SnippetCuts.cut(text, late, text.length(), mark, mark + 6, false, false)));
        assertEquals("…the first sentence goes on.", shown(text, SnippetCuts.cut(text, 0, text.indexOf(" The") , 0, 3, true, false)));
    }

    @Test
    void noMarkIsEverCutOff() {
        Random random = new Random(7);
        String alphabet = "ab 中文，。.、·";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(2 * N); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (text.length() < 2) {
                continue;
            }
            int from = random.nextInt(text.length() / 2);
            int to = from + 1 + random.nextInt(text.length() - from);
            int first = from + random.nextInt(to - from);
            int last = first + random.nextInt(to - first + 1);
            SnippetCuts.Cut cut = SnippetCuts.cut(text.toString(), from, to, first, last, false, false);
            assertTrue(cut.from() <= first && cut.to() >= last && cut.from() <= cut.to() && cut.to() <= text.length(),
                    () -> text + " " + from + " " + to + " " + first + " " + last + " -> " + cut);
        }
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "😀".repeat(N);
        for (int to = 1; to < text.length(); to++) {
            SnippetCuts.Cut cut = SnippetCuts.cut(text, 0, to, 0, 0, false, false);
            String shown = text.substring(cut.from(), cut.to());
            assertTrue(shown.codePoints().noneMatch(SnippetCutsTest::lone), () -> "cut at " + cut);
            SnippetCuts.Cut late = SnippetCuts.cut(text, to, text.length(), text.length(), text.length(), false, false);
            assertFalse(Character.isLowSurrogate(text.charAt(Math.min(late.from(), text.length() - 1))) && late.from() < text.length(),
                    () -> "start at " + late);
        }
        assertFalse(Highlights.opening("😀".repeat(200)).codePoints().anyMatch(SnippetCutsTest::lone));
    }

    /** A code point of half a surrogate pair: what a cut through an emoji leaves. */
    private static boolean lone(int codePoint) {
        return Character.getType(codePoint) == Character.SURROGATE;
    }
}
