package com.okpay.helpcenter.search;

/**
 * Where a snippet cut out of a longer text starts and stops, so it reads like text: it stops after
 * a sentence when one ends near the cut, else between words or clauses (never inside {@code
 * name@example.com} or a Chinese word, as a cut at a fixed length does), and says with {@code …}
 * where the text goes on. The text is a snippet's one-line form ({@link Highlights#oneLine}), whose
 * blocks are kept apart by {@code " · "}.
 */
final class SnippetCuts {
    /** How far back from the fixed cut a sentence end or a space is looked for: at most a third of a snippet. */
    private static final int BACK = Highlights.SNIPPET_CHARS / 3;
    /** How far past the fixed cut the end of a word is looked for, when nothing nearer came before: a long word. */
    static final int AHEAD = 24;
    private static final String SENTENCE_ENDS = "。！？；!?;";
    /** Between clauses or words: where a cut loses no word, though the sentence goes on. */
    private static final String PAUSES = "，、,：:·";
    static final String ELLIPSIS = "…";
    /**
     * The most a snippet shows, in columns (a Chinese character or full-width sign counts two): about
     * two lines of a results page in either language, where a count of characters made Chinese
     * snippets twice as long as English ones.
     */
    static final int COLUMNS = 200;

    private SnippetCuts() {
    }

    /**
     * Where to stop a snippet of {@code text} meant to stop at {@code to}, never before {@code keep}
     * (the end of its last mark): after the last sentence end within reach, else at the last pause
     * or space within reach, else at the first one a little further on, else at {@code to}. The end
     * of the text is a cut too when the text was cut out of a longer one there ({@code cutAfter}).
     */
    private static int end(String text, int keep, int to, boolean cutAfter) {
        if (to >= text.length() && !cutAfter) {
            return text.length();
        }
        to = Math.min(to, text.length());
        int limit = Math.max(keep, to - BACK);
        for (int i = to - 1; i >= limit; i--) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        for (int i = Math.min(to, text.length() - 1); i >= limit; i--) {
            if (isPause(text.charAt(i))) {
                return i;
            }
        }
        for (int i = to + 1; i < Math.min(text.length(), to + AHEAD); i++) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
            if (isPause(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /**
     * Where to start a snippet of {@code text} meant to start at {@code from}: at the start of a
     * sentence that begins before {@code keep} (the start of its first mark) within reach, else at
     * {@code from}.
     */
    private static int start(String text, int from, int keep) {
        if (from == 0 || startsSentence(text, from)) {
            return from;
        }
        for (int i = from; i < Math.min(keep, from + BACK); i++) {
            if (endsSentence(text, i) || text.charAt(i) == '·') {
                int start = i + 1;
                while (start < keep && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                return start;
            }
        }
        return from;
    }

    /**
     * The part of {@code text} a snippet shows, meant to be {@code [from, to)}, whose marks lie
     * within {@code [firstMark, lastMark)}; {@code cutBefore} / {@code cutAfter}: the text itself was
     * cut out of a longer one at its start / end.
     */
    static Cut cut(String text, int from, int to, int firstMark, int lastMark, boolean cutBefore, boolean cutAfter) {
        int start = whole(text, start(text, from, firstMark), 1);
        int end = whole(text, end(text, lastMark, to, cutAfter), -1);
        boolean before = start > 0 ? !startsSentence(text, start) : cutBefore;
        boolean after = (end < text.length() || cutAfter) && !(end > 0 && endsSentence(text, end - 1));
        if (after) {
            while (end > Math.max(start, lastMark) && isPause(text.charAt(end - 1))) {
                end--;
            }
        }
        return new Cut(start, end, before, after);
    }

    /** Where {@code text} from {@code from} on reaches {@value #COLUMNS} columns, or its end. */
    static int columnsEnd(String text, int from) {
        int columns = 0;
        for (int i = from; i < text.length(); i++) {
            columns += wide(text.charAt(i)) ? 2 : 1;
            if (columns > COLUMNS) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether a character takes two columns: CJK ideographs, kana, hangul and full-width forms. */
    private static boolean wide(char c) {
        return c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80' && c <= '\uA4CF' || c >= '\uAC00' && c <= '\uD7A3'
                || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF00' && c <= '\uFF60'
                || c >= '\uFFE0' && c <= '\uFFE6');
    }

    /** {@code at}, or the next ({@code step} 1) or previous (-1) index when it would split a surrogate pair (an emoji). */
    static int whole(String text, int at, int step) {
        boolean inside = at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
        return inside ? at + step : at;
    }

    /** {@code [from, to)} of the text, with {@link #ELLIPSIS} before and after it where the text goes on. */
    record Cut(int from, int to, boolean before, boolean after) {
    }

    /** Whether a text cut out of {@code body} at {@code start} begins a sentence or a block there. */
    static boolean startsBlock(String body, int start) {
        if (start == 0) {
            return true;
        }
        int i = start - 1;
        while (i > 0 && body.charAt(i) != '\n' && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        return body.charAt(i) == '\n' || endsSentence(body, i);
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || endsSentence(text, i) || text.charAt(i) == '·';
    }

    /** Whether the character at {@code i} ends a sentence: Chinese or Latin end punctuation ({@code .} only before a space or the end). */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return SENTENCE_ENDS.indexOf(c) >= 0
                || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isPause(char c) {
        return Character.isWhitespace(c) || PAUSES.indexOf(c) >= 0;
    }
}
