package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A body lowercased a piece at a time finds the first query word where the body lowercased whole does. */
class FirstOccurrenceTest {
    /** The body lowercased whole, as snippets' windows were found before. */
    private static int whole(String text, List<String> words) {
        String lowered = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String word : words) {
            int at = lowered.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    @Test
    void randomBodiesAcrossPiecesGiveTheSameOffset() {
        Random random = new Random(7);
        // capitals, Chinese, a capital sigma (lowercased by its neighbours), a dotted capital I (two
        // characters lowercased), a pair of surrogates with a lowercase of its own
        String[] letters = {"a", "b", "A", "B", "退", "款", " ", "\n", "Σ", "İ", "\uD801\uDC00", "\uD801\uDC28", "ς", "σ", "i"};
        String[] lowered = {"a", "b", "ab", "ba", "退款", "σ", "ς", "i̇", "\uD801\uDC28", "aaaa", "bab"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 5 == 0 ? 6000 : 300);
            // mostly letters that cannot match, so the first match falls anywhere, across pieces too
            boolean rare = random.nextBoolean();
            while (text.length() < length) {
                String letter = letters[random.nextInt(letters.length)];
                if (round % 3 == 0 && (letter.equals("Σ") || letter.equals("İ"))) {
                    continue; // most bodies have neither, and are lowercased a piece at a time
                }
                text.append(rare && random.nextInt(500) != 0 ? "x" : letter);
            }
            List<String> words = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                words.add(lowered[random.nextInt(lowered.length)]);
            }
            String body = text.toString();
            assertEquals(whole(body, words), Highlights.firstOccurrence(body, words), () -> words + " in " + body);
        }
    }

    @Test
    void aWordAcrossTheEndOfAPieceIsFound() {
        String body = "x".repeat(1020) + "Password here";
        assertEquals(1020, Highlights.firstOccurrence(body, List.of("password")));
        assertEquals(-1, Highlights.firstOccurrence(body, List.of("nothing")));
        assertEquals(-1, Highlights.firstOccurrence(body, List.of()));
    }
}
