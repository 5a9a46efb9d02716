package com.okpay.helpcenter.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits API names into their parts and keeps the whole form too: {@code bookmarks.onChanged} is
 * indexed as {@code bookmarks.onChanged}, {@code bookmarks}, {@code onChanged}, {@code on},
 * {@code Changed}, so {@code onchanged bookmarks}, {@code on changed} and the name as written all
 * find it. Splits on {@code .}, {@code _} and {@code :} (XML names: {@code xsl:text}; the tokenizer
 * already dropped {@code ()}) and where case changes ({@code XMLHttpRequest}: {@code XML},
 * {@code Http}, {@code Request}). Needs the text before case folding, so the chains that use it fold
 * case after it. Parts follow each other in position (the first stacked on its piece), so a phrase
 * of parts still matches.
 */
final class IdentifierFilter extends TokenFilter {
    private record Part(String text, int start, int end, int increment) {
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<Part> pending = new ArrayDeque<>();

    IdentifierFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            Part part = pending.poll();
            clearAttributes();
            term.setEmpty().append(part.text());
            offset.setOffset(part.start(), part.end());
            increment.setPositionIncrement(part.increment());
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        // the whole form goes out as it is; its parts wait for the next calls. Most tokens are plain
        // words with no parts: told from the term's buffer, without a String or a list per token
        if (mayHaveParts(term.buffer(), term.length())) {
            pending.addAll(parts(term.toString(), offset.startOffset(), offset.endOffset()));
        }
        return true;
    }

    /** False when {@link #parts} would find none: no {@code .}, {@code _} or {@code :}, no capital after the first character. */
    static boolean mayHaveParts(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '.' || c == '_' || c == ':' || i > 0 && Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }

    /** The parts of a token, none for a plain word; offsets only where the token is the text as written. */
    static List<Part> parts(String token, int start, int end) {
        List<Part> parts = new ArrayList<>();
        boolean exact = end - start == token.length();
        List<int[]> pieces = split(token, 0, token.length(), true);
        boolean dotted = pieces.size() > 1;
        int next = 0;
        for (int[] piece : pieces) {
            List<int[]> words = split(token, piece[0], piece[1], false);
            if (dotted) {
                parts.add(part(token, piece, start, end, exact, next++ == 0 ? 0 : 1));
            }
            if (words.size() > 1) {
                for (int i = 0; i < words.size(); i++) {
                    parts.add(part(token, words.get(i), start, end, exact, i == 0 ? 0 : 1));
                }
            }
        }
        return parts;
    }

    private static Part part(String token, int[] range, int start, int end, boolean exact, int increment) {
        return exact ? new Part(token.substring(range[0], range[1]), start + range[0], start + range[1], increment)
                : new Part(token.substring(range[0], range[1]), start, end, increment);
    }

    /**
     * Ranges of {@code token[from, to)}: separated by {@code .}, {@code _} and {@code :} when {@code onSeparators},
     * else by changes of case ({@code onChanged}, {@code XMLHttp}) and between letters and digits are
     * kept together. Empty ranges are dropped.
     */
    private static List<int[]> split(String token, int from, int to, boolean onSeparators) {
        List<int[]> ranges = new ArrayList<>();
        int begin = from;
        for (int i = from; i < to; i++) {
            char c = token.charAt(i);
            if (onSeparators) {
                if (c == '.' || c == '_' || c == ':') {
                    addRange(ranges, begin, i);
                    begin = i + 1;
                }
            } else if (i > begin && Character.isUpperCase(c) && (Character.isLowerCase(token.charAt(i - 1))
                    || Character.isDigit(token.charAt(i - 1))
                    || i + 1 < to && Character.isUpperCase(token.charAt(i - 1)) && Character.isLowerCase(token.charAt(i + 1)))) {
                addRange(ranges, begin, i);
                begin = i;
            }
        }
        addRange(ranges, begin, to);
        return ranges;
    }

    private static void addRange(List<int[]> ranges, int begin, int end) {
        if (end > begin) {
            ranges.add(new int[] {begin, end});
        }
    }
}
