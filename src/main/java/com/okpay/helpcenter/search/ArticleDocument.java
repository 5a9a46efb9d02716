package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Heading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Maps an article to its Lucene document; the field names live here and nowhere else. */
final class ArticleDocument {
    static final String KEY = "key";
    static final String CATEGORY = "category";
    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String HEADINGS = "headings";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /**
     * The title's words as written, not stemmed: of two titles that hold every stem of a query
     * ({@code event bubbles}: {@code event.bubbles}, {@code Event.cancelBubble}), the one with the
     * words as typed wins.
     */
    static final String TITLE_EXACT = "title_exact";
    static final String PINYIN = "pinyin";
    static final String SPELLING = "spelling";
    static final List<String> TEXT_FIELDS = List.of(TITLE, TAGS, HEADINGS, SUMMARY, BODY);
    /**
     * The short fields: Chinese ones have a bigram twin (the body is bigrams already, see
     * Analysis#chineseBody), and a word being typed is completed from their words only.
     */
    static final List<String> BIGRAM_FIELDS = List.of(TITLE, TAGS, HEADINGS, SUMMARY);
    /**
     * Long pages (reference manuals pasted into the help center) are indexed up to this many
     * characters: the words that decide relevance come first, and indexing stays fast.
     */
    static final int MAX_BODY_CHARS = 30_000;
    /** The words people misspell in queries are the common ones, which appear early enough. */
    private static final int MAX_SPELLING_BODY_CHARS = 5_000;
    private static final FieldType WORDS_ONLY = wordsOnly();
    /**
     * The body is by far the largest field; nothing searches it for phrases (a phrase must match
     * in a shorter field), so it keeps no positions: a smaller index, built and merged faster.
     */
    private static final FieldType WITHOUT_POSITIONS = withoutPositions();

    private final LocaleAnalysis analysis;
    private final Pinyin pinyin;

    ArticleDocument(LocaleAnalysis analysis, Pinyin pinyin) {
        this.analysis = analysis;
        this.pinyin = pinyin;
    }

    /** The field of the CJK bigram variant of a text field. */
    static String bigrams(String field) {
        return field + "_cjk";
    }

    /** The field holding the bigrams of a Chinese text field: its twin, or the body itself. */
    static String bigramsOf(String field) {
        return BIGRAM_FIELDS.contains(field) ? bigrams(field) : field;
    }

    Document toDocument(Article article) {
        Document doc = new Document();
        doc.add(new StringField(KEY, article.key(), Field.Store.YES));
        doc.add(new StringField(CATEGORY, article.category(), Field.Store.NO));
        doc.add(new SortedDocValuesField(CATEGORY, new BytesRef(article.category())));
        String body = article.text().length() > MAX_BODY_CHARS ? article.text().substring(0, MAX_BODY_CHARS) : article.text();
        String headings = String.join("\n", article.headings().stream().map(Heading::text).toList());
        text(doc, TITLE, article.title());
        if (!article.title().isBlank()) {
            doc.add(new Field(TITLE_EXACT, article.title(), WITHOUT_POSITIONS));
        }
        for (String tag : article.tags()) {
            text(doc, TAGS, tag);
        }
        text(doc, HEADINGS, headings);
        text(doc, SUMMARY, article.summary());
        text(doc, BODY, body);
        String spelling = String.join("\n", article.title(), String.join(" ", article.tags()), headings, article.summary(),
                body.length() > MAX_SPELLING_BODY_CHARS ? body.substring(0, MAX_SPELLING_BODY_CHARS) : body);
        if (analysis.chinese()) {
            String pinyinTerms = String.join(" ", pinyinTerms(article));
            doc.add(new TextField(PINYIN, pinyinTerms, Field.Store.NO));
            spelling = spelling + "\n" + pinyinTerms;
        }
        doc.add(new Field(SPELLING, spelling, WORDS_ONLY));
        return doc;
    }

    private void text(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(field.equals(BODY) ? new Field(field, value, WITHOUT_POSITIONS) : new TextField(field, value, Field.Store.NO));
        if (analysis.chinese() && BIGRAM_FIELDS.contains(field)) {
            doc.add(new TextField(bigrams(field), value, Field.Store.NO));
        }
    }

    private Set<String> pinyinTerms(Article article) {
        Set<String> terms = new LinkedHashSet<>(pinyin.terms(words(article.title())));
        for (String tag : article.tags()) {
            terms.addAll(pinyin.terms(words(tag)));
        }
        return terms;
    }

    /** The words of a title or tag as the Chinese segmenter cuts them. */
    List<String> words(String text) {
        return terms(analysis.words(), text);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return terms(analyzer, "", text);
    }

    /** The terms of {@code text} as {@code field} is analysed. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    private static FieldType withoutPositions() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** The spelling dictionary needs only which words exist, not where or how often. */
    private static FieldType wordsOnly() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
