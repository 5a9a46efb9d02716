package com.okpay.helpcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A block's text on one line: the hand-written pass gives what the regular expression gave. */
class BlockTextTest {
    /** How it was written before: the reference. */
    private static String withRegularExpression(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    @Test
    void whiteSpaceIsCollapsedAndTrimmed() {
        assertEquals("a b c", BlockText.oneLine("  a \t\u00a0 b\r\nc\f"));
        assertEquals("", BlockText.oneLine(" \u00a0 "));
        assertEquals("全角\u3000空格", BlockText.oneLine("\u3000全角\u3000空格 "));
    }

    @Test
    void anyTextGivesWhatTheRegularExpressionGave() {
        String alphabet = "ab 中。.\n\t\r\f\u000B\u00A0\u2003\u3000\u001C\u2028\u0085!";
        Random random = new Random(13);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertEquals(withRegularExpression(input), BlockText.oneLine(input),
                    () -> input.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
        }
    }
}
