package com.okpay.helpcenter.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/**
 * Marks the words of a query in a result's title and snippet with {@code <mark>} (see
 * {@link Marker}). The text is re-analysed with the field's own analyzer, so a query in traditional
 * characters marks the simplified words it matched. Everything around the marks is HTML-encoded:
 * the output is safe to insert into a page as it is.
 */
final class Highlights {
    /** The one field name the highlight query uses, whatever field the words matched in. */
    static final String FIELD = "hl";
    static final int SNIPPET_CHARS = 140;
    /**
     * Only a window of the body around the first place a query word occurs is re-analysed: a long
     * page cut into words at every search would cost more than the search itself.
     */
    private static final int WINDOW_BEFORE = 60;
    private static final int WINDOW_AFTER = 400;
    private static final int MAX_CHARS_SCANNED = 30_000;
    /** How much of a body is lowercased at a time while looking for the first query word. */
    private static final int PIECE = 1024;
    private static final Encoder ENCODER = new SimpleHTMLEncoder();

    private final Marker marker;
    private final List<String> words;

    /**
     * @param analyzer for Chinese, one that cuts Chinese text into single characters (see
     *                 {@link Analysis#characters()}): each Chinese word is then marked where its
     *                 characters follow each other, without running the segmenter at every search
     */
    Highlights(Analyzer analyzer, List<Query> terms) {
        this.marker = new Marker(analyzer, FIELD, terms.stream().map(Highlights::characters).toList());
        this.words = terms.stream().map(Highlights::word).filter(w -> w != null && !w.isEmpty()).toList();
    }

    /** Chinese words (alone or in a phrase) as the phrase of their characters; anything else as it is. */
    private static Query characters(Query query) {
        Term[] terms = query instanceof TermQuery term ? new Term[] {term.getTerm()}
                : query instanceof PhraseQuery phrase ? phrase.getTerms() : new Term[0];
        if (Arrays.stream(terms).allMatch(t -> t.text().codePoints().noneMatch(Highlights::isHan))) {
            return query;
        }
        PhraseQuery.Builder characters = new PhraseQuery.Builder();
        int position = 0;
        for (Term term : terms) {
            for (int c : term.text().codePoints().toArray()) {
                characters.add(new Term(FIELD, Character.toString(c)), position++);
            }
        }
        return characters.build();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String word(Query query) {
        if (query instanceof TermQuery term) {
            return term.getTerm().text();
        }
        return query instanceof PrefixQuery prefix ? prefix.getPrefix().text() : null;
    }

    /** The whole title, with its matched words marked. */
    String title(String title) {
        String marked = mark(title, false);
        return marked == null ? encode(title) : marked;
    }

    /**
     * The summary if the query matched it (it was written to answer the question); otherwise the
     * best passage of the body; otherwise the summary or the opening of the body, unmarked.
     */
    String snippet(String summary, String body) {
        return snippet(summary, () -> body);
    }

    /**
     * {@link #snippet(String, String)} with the body read only when the summary did not match: an
     * article's body is read from its cache file and decoded each time it is asked for.
     */
    String snippet(String summary, Supplier<String> bodyText) {
        String marked = summary.isBlank() ? null : mark(summary, false);
        if (marked != null) {
            return marked;
        }
        String body = bodyText.get();
        marked = window(body);
        if (marked != null) {
            return marked;
        }
        return encode(summary.isBlank() ? opening(body) : summary);
    }

    /** A whole passage (the answer shown above the results), its matched words marked, its lines kept. */
    String passage(String text) {
        String marked = mark(text, false);
        return marked == null ? encode(text) : marked;
    }

    /**
     * The best passage, marked, of the part of the body around the first occurrence of a query word
     * (the opening if none), or null when the query matched nothing there.
     */
    private String window(String body) {
        String scanned = body.length() > MAX_CHARS_SCANNED ? body.substring(0, MAX_CHARS_SCANNED) : body;
        int first = firstOccurrence(scanned, words);
        first = first < 0 ? 0 : first;
        int start = boundary(body, Math.max(0, first - WINDOW_BEFORE), first);
        int end = SnippetCuts.whole(body, Math.min(body.length(), first + WINDOW_AFTER), 1);
        return mark(body.substring(start, end), true, !SnippetCuts.startsBlock(body, start), end < body.length());
    }

    /**
     * Where the first of {@code words} occurs in {@code text} lowercased (as {@code
     * text.toLowerCase(Locale.ROOT)}), or -1. The text is lowercased a piece at a time, up to the
     * piece that holds the first occurrence: lowercasing whole bodies of up to 30 000 characters
     * was a twelfth of a new search's CPU, while most bodies hold a query word early. A piece
     * lowercases as it does within the whole text, its offsets unchanged, unless the text holds a
     * capital sigma (lowercased by its neighbours) or a dotted capital I (lowercased into two
     * characters): such a text is lowercased whole.
     */
    static int firstOccurrence(String text, List<String> words) {
        if (words.isEmpty()) {
            return -1;
        }
        if (text.indexOf('\u03A3') >= 0 || text.indexOf('\u0130') >= 0) {
            return first(text.toLowerCase(Locale.ROOT), words, 0, Integer.MAX_VALUE);
        }
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + PIECE);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to++; // a pair of surrogates is lowercased together
            }
            // a word starting in this piece may end in the next: the piece is read on by the longest word
            int end = Math.min(text.length(), to + Math.max(0, longest - 1));
            if (end < text.length() && end > to && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            int at = first(text.substring(from, end).toLowerCase(Locale.ROOT), words, from, to);
            if (at >= 0) {
                return at;
            }
            from = to;
        }
        return -1;
    }

    /** The first occurrence of any of {@code words} in {@code lowered} starting before {@code limit}, offset by {@code offset}. */
    private static int first(String lowered, List<String> words, int offset, int limit) {
        int first = -1;
        for (String word : words) {
            int at = lowered.indexOf(word);
            if (at >= 0 && offset + at < limit && (first < 0 || offset + at < first)) {
                first = offset + at;
            }
        }
        return first;
    }

    /**
     * Where a passage cut out of {@code body} may start, at or after {@code from} and at the latest
     * at {@code match}: just after the last sentence or clause end before the match, else after a
     * space, so a snippet never starts in the middle of a word ({@code 件夹。} out of {@code 文件夹}).
     */
    static int boundary(String body, int from, int match) {
        if (from == 0) {
            return 0;
        }
        for (int i = match - 1; i >= from; i--) {
            if ("。！？；!?;\n".indexOf(body.charAt(i)) >= 0 || body.charAt(i) == '.' && i + 1 < body.length()
                    && Character.isWhitespace(body.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = from; i < match; i++) {
            if (Character.isWhitespace(body.charAt(i)) || "，、,".indexOf(body.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return match;
    }

    /**
     * About the first {@value #SNIPPET_CHARS} characters of the text on one line, cut between words
     * (see {@link SnippetCuts}), with {@code …} when it goes on. Only as much of the text is joined
     * as that needs: suggestions show the opening of bodies that run to tens of thousands of
     * characters.
     */
    static String opening(String text) {
        String oneLine = oneLine(text, SNIPPET_CHARS + SnippetCuts.AHEAD).toString();
        if (oneLine.length() <= SNIPPET_CHARS) {
            return oneLine;
        }
        SnippetCuts.Cut cut = SnippetCuts.cut(oneLine, 0, SNIPPET_CHARS, 0, 0, false, true);
        return oneLine.substring(0, cut.to()) + (cut.after() ? SnippetCuts.ELLIPSIS : "");
    }

    /**
     * The lines (blocks) of a text on one line, kept apart: a line that ends without punctuation (a
     * heading, a list item) gets a middle dot after it, so it does not read as the start of the next.
     * Each run of white space (as a regular expression's {@code \s}) becomes one space, or the line
     * break between two lines when it holds one; one pass, no regular expression: every snippet of
     * every results page comes here.
     */
    static String oneLine(String text) {
        return oneLine(text, Integer.MAX_VALUE).toString();
    }

    /**
     * {@link #oneLine(String)}, stopped once it holds {@code enough} characters: what it holds then
     * is the start of the whole text's line. The text is stripped as {@link String#strip()} does,
     * without copying it.
     */
    private static CharSequence oneLine(String text, int enough) {
        int begin = 0;
        int length = text.length();
        while (begin < length && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (length > begin && Character.isWhitespace(text.charAt(length - 1))) {
            length--;
        }
        StringBuilder out = new StringBuilder(Math.min(length - begin, enough));
        for (int i = begin; i < length && out.length() < enough; ) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            for (; i < length && isSpace(text.charAt(i)); i++) {
                lineBreak |= text.charAt(i) == '\n';
            }
            if (!lineBreak) {
                out.append(' ');
            } else {
                out.append(LINE_ENDS.indexOf(out.charAt(out.length() - 1)) >= 0 ? " " : " · ");
            }
        }
        return out;
    }

    /** What ends a line so that the next may follow it after a plain space. */
    private static final String LINE_ENDS = "。！？；：.!?;:，,、";

    /** White space as {@code \s} of a regular expression is: ASCII only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static String encode(String text) {
        return ENCODER.encodeText(text);
    }

    /**
     * The text with what the query matched marked, or null when it matched nothing. A passage is
     * cut to the fragment of about {@value #SNIPPET_CHARS} characters that matched the most
     * different parts of the query (the first such), never in the middle of a mark.
     */
    private String mark(String text, boolean passage) {
        return mark(text, passage, false, false);
    }

    /**
     * {@link #mark(String, boolean)} of a text cut out of a longer one: {@code cutBefore} / {@code
     * cutAfter} when it was cut inside a sentence at its start / before the end at its end.
     */
    private String mark(String text, boolean passage, boolean cutBefore, boolean cutAfter) {
        if (text.isBlank() || marker.isEmpty()) {
            return null;
        }
        String source = passage ? oneLine(text) : text;
        Marker.Found found = marker.find(source);
        if (found.spans().isEmpty()) {
            return null;
        }
        List<Marker.Span> marks = Marker.joined(found.spans());
        int from = 0;
        int to = source.length();
        SnippetCuts.Cut cut = null;
        if (passage) {
            int[] fragment = bestFragment(source.length(), found, marks);
            int end = Math.min(fragment[1], SnippetCuts.columnsEnd(source, fragment[0]));
            if (inside(marks, end)) {
                end = marks.get(lastMarkFrom(marks, end, true)).start();
            }
            int firstMark = end;
            int lastMark = fragment[0];
            for (Marker.Span mark : marks) {
                if (mark.start() >= fragment[0] && mark.end() <= end) {
                    firstMark = Math.min(firstMark, mark.start());
                    lastMark = Math.max(lastMark, mark.end());
                }
            }
            cut = SnippetCuts.cut(source, fragment[0], end, firstMark, lastMark, cutBefore, cutAfter);
            from = cut.from();
            to = cut.to();
        }
        StringBuilder out = new StringBuilder(to - from + 32);
        if (cut != null && cut.before()) {
            out.append(SnippetCuts.ELLIPSIS);
        }
        int at = from;
        for (Marker.Span mark : marks) {
            if (mark.start() < from || mark.end() > to) {
                continue;
            }
            out.append(encode(source.substring(at, mark.start()))).append("<mark>")
                    .append(encode(source.substring(mark.start(), mark.end()))).append("</mark>");
            at = mark.end();
        }
        out.append(encode(source.substring(at, to)));
        return (cut != null && cut.after() ? out.append(SnippetCuts.ELLIPSIS) : out).toString().strip();
    }

    /**
     * Cuts the text into fragments of about {@value #SNIPPET_CHARS} characters at word starts (never
     * inside a mark, and no last fragment shorter than half that) and picks the one with the most
     * different words marked (a Chinese word counts its characters), the earliest of equals.
     */
    private static int[] bestFragment(int length, Marker.Found found, List<Marker.Span> marks) {
        int[] starts = new int[8];
        int count = 1;
        for (Marker.Token word : found.words()) {
            if (word.end() >= SNIPPET_CHARS * count && word.start() > starts[count - 1]
                    && length - word.start() >= SNIPPET_CHARS / 2 && !inside(marks, word.start())) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = word.start();
            }
        }
        // one pass over the words: only a marked word counts, in the fragment it starts in
        @SuppressWarnings("unchecked")
        Set<String>[] marked = new Set[count];
        for (Marker.Token word : found.words()) {
            if (within(marks, word.start(), word.end())) {
                int f = fragmentOf(starts, count, word.start());
                if (marked[f] == null) {
                    marked[f] = new HashSet<>();
                }
                marked[f].add(word.text());
            }
        }
        int best = 0;
        for (int f = 1; f < count; f++) {
            if (size(marked[f]) > size(marked[best])) {
                best = f;
            }
        }
        return new int[] {starts[best], best + 1 < count ? starts[best + 1] : length};
    }

    private static int size(Set<String> words) {
        return words == null ? 0 : words.size();
    }

    /** The fragment a word starting at {@code offset} belongs to: the last one starting at or before it. */
    private static int fragmentOf(int[] starts, int count, int offset) {
        int at = Arrays.binarySearch(starts, 0, count, offset);
        return at >= 0 ? at : -at - 2;
    }

    /**
     * The mark that starts last at or before {@code offset} (or before it, when {@code strictly}), or
     * -1: marks are joined, so in order and apart, and only that one can hold the offset.
     */
    private static int lastMarkFrom(List<Marker.Span> marks, int offset, boolean strictly) {
        int low = 0;
        int high = marks.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = marks.get(middle).start();
            if (start < offset || !strictly && start == offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /** Whether {@code [start, end)} lies within one mark. */
    private static boolean within(List<Marker.Span> marks, int start, int end) {
        int mark = lastMarkFrom(marks, start, false);
        return mark >= 0 && end <= marks.get(mark).end();
    }

    /** Whether {@code offset} falls strictly inside a mark. */
    private static boolean inside(List<Marker.Span> marks, int offset) {
        int mark = lastMarkFrom(marks, offset, true);
        return mark >= 0 && offset < marks.get(mark).end();
    }
}
