package com.okpay.helpcenter.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        String marked = summary.isBlank() ? null : mark(summary, false);
        if (marked == null) {
            marked = mark(window(body), true);
        }
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

    /** The part of the body around the first occurrence of a query word (the opening if none). */
    private String window(String body) {
        String scanned = (body.length() > MAX_CHARS_SCANNED ? body.substring(0, MAX_CHARS_SCANNED) : body)
                .toLowerCase(Locale.ROOT);
        int first = scanned.length();
        for (String word : words) {
            int at = scanned.indexOf(word);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        first = first == scanned.length() ? 0 : first;
        int start = boundary(body, Math.max(0, first - WINDOW_BEFORE), first);
        return body.substring(start, Math.min(body.length(), first + WINDOW_AFTER));
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

    static String opening(String text) {
        String oneLine = oneLine(text);
        return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS) + "…";
    }

    /**
     * The lines (blocks) of a text on one line, kept apart: a line that ends without punctuation (a
     * heading, a list item) gets a middle dot after it, so it does not read as the start of the next.
     */
    static String oneLine(String text) {
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

    static String encode(String text) {
        return ENCODER.encodeText(text);
    }

    /**
     * The text with what the query matched marked, or null when it matched nothing. A passage is
     * cut to the fragment of about {@value #SNIPPET_CHARS} characters that matched the most
     * different parts of the query (the first such), never in the middle of a mark.
     */
    private String mark(String text, boolean passage) {
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
        if (passage) {
            int[] fragment = bestFragment(source.length(), found, marks);
            from = fragment[0];
            to = fragment[1];
        }
        StringBuilder out = new StringBuilder(to - from + 32);
        int at = from;
        for (Marker.Span mark : marks) {
            if (mark.start() < from || mark.end() > to) {
                continue;
            }
            out.append(encode(source.substring(at, mark.start()))).append("<mark>")
                    .append(encode(source.substring(mark.start(), mark.end()))).append("</mark>");
            at = mark.end();
        }
        return out.append(encode(source.substring(at, to))).toString().strip();
    }

    /**
     * Cuts the text into fragments of about {@value #SNIPPET_CHARS} characters at word starts (never
     * inside a mark, and no last fragment shorter than half that) and picks the one with the most
     * different words marked (a Chinese word counts its characters), the earliest of equals.
     */
    private static int[] bestFragment(int length, Marker.Found found, List<Marker.Span> marks) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (Marker.Token word : found.words()) {
            if (word.end() >= SNIPPET_CHARS * starts.size() && word.start() > starts.get(starts.size() - 1)
                    && length - word.start() >= SNIPPET_CHARS / 2 && !inside(marks, word.start())) {
                starts.add(word.start());
            }
        }
        int best = 0;
        int bestScore = -1;
        for (int f = 0; f < starts.size(); f++) {
            int start = starts.get(f);
            int end = f + 1 < starts.size() ? starts.get(f + 1) : length;
            Set<String> marked = new HashSet<>();
            for (Marker.Token word : found.words()) {
                if (word.start() >= start && word.start() < end && within(marks, word.start(), word.end())) {
                    marked.add(word.text());
                }
            }
            if (marked.size() > bestScore) {
                best = f;
                bestScore = marked.size();
            }
        }
        return new int[] {starts.get(best), best + 1 < starts.size() ? starts.get(best + 1) : length};
    }

    private static boolean within(List<Marker.Span> marks, int start, int end) {
        for (Marker.Span mark : marks) {
            if (mark.start() <= start && end <= mark.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Marker.Span> marks, int offset) {
        for (Marker.Span mark : marks) {
            if (mark.start() < offset && offset < mark.end()) {
                return true;
            }
        }
        return false;
    }
}
