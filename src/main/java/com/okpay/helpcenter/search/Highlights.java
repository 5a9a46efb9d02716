package com.okpay.helpcenter.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Marks the words of a query in a result's title and snippet with {@code <mark>}, with Lucene's
 * highlighter. The text is re-analysed with the field's own analyzer, so a query in traditional
 * characters marks the simplified words it matched. Everything around the marks is HTML-encoded:
 * the output is safe to insert into a page as it is.
 */
final class Highlights {
    /** The one field name the highlight query uses, whatever field the words matched in. */
    static final String FIELD = "hl";
    static final int SNIPPET_CHARS = 140;
    private static final int MAX_CHARS_ANALYZED = 20_000;
    private static final Encoder ENCODER = new SimpleHTMLEncoder();

    private final Analyzer analyzer;
    private final Query query;

    Highlights(Analyzer analyzer, List<Query> terms) {
        this.analyzer = analyzer;
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        terms.forEach(t -> builder.add(t, Occur.SHOULD));
        this.query = builder.build();
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
            marked = mark(body, true);
        }
        if (marked != null) {
            return marked;
        }
        return encode(summary.isBlank() ? opening(body) : summary);
    }

    static String opening(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS) + "…";
    }

    static String encode(String text) {
        return ENCODER.encodeText(text);
    }

    private String mark(String text, boolean passage) {
        if (text.isBlank()) {
            return null;
        }
        QueryScorer scorer = new QueryScorer(query, FIELD);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
        highlighter.setTextFragmenter(passage ? new SimpleSpanFragmenter(scorer, SNIPPET_CHARS) : new NullFragmenter());
        highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_ANALYZED);
        try {
            String fragment = highlighter.getBestFragment(analyzer, FIELD, passage ? text.replaceAll("\\s+", " ") : text);
            return fragment == null ? null : fragment.strip();
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }
}
