package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Answers searches against a snapshot's {@link SearchIndex}: the results page (highlighting,
 * pages, category filter, did-you-mean) and suggestions while typing. Holds no state, so one
 * instance serves every snapshot and every thread.
 */
public final class SearchService {
    public static final int PAGE_SIZE = 10;
    public static final int MAX_PAGES = 50;
    public static final int MAX_INSTANT = 10;
    /** Words beyond this are ignored: a question rarely needs more, a pasted page never does. */
    static final int MAX_QUERY_CHARS = 100;
    /** Fewer exact results than this, and near spellings are tried too. */
    private static final int FEW = 3;
    private static final int NEARBY = 3;
    private final Weights weights;

    public SearchService() {
        this(Weights.DEFAULT);
    }

    SearchService(Weights weights) {
        this.weights = weights;
    }

    public SearchResults search(SearchIndex index, SearchRequest request) {
        String text = limit(request.query());
        LocaleIndex locale = index.locale(request.locale()).orElse(null);
        String category = locale == null || request.category() == null || locale.category(request.category()) == null
                ? null : request.category();
        if (text.isBlank() || locale == null) {
            return SearchResults.empty(request.query(), category);
        }
        QueryFactory queries = new QueryFactory(locale, weights);
        QueryFactory.BuiltQuery built = queries.build(text, false, false);
        Map<String, Integer> counts = count(locale, built.query());
        boolean few = total(counts) < FEW;
        if (few) {
            built = queries.build(text, true, false);
            counts = count(locale, built.query());
        }
        long total = category == null ? total(counts) : counts.getOrDefault(category, 0);
        int pages = (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(request.page(), Math.max(1, pages));
        Query query = category == null ? built.query() : new BooleanQuery.Builder().add(built.query(), Occur.MUST)
                .add(new TermQuery(new Term(ArticleDocument.CATEGORY, category)), Occur.FILTER).build();
        Highlights highlights = new Highlights(locale.analysis().words(), built.highlight());
        List<SearchHit> hits = top(locale, query, page * PAGE_SIZE).stream().skip((page - 1L) * PAGE_SIZE)
                .map(doc -> hit(locale, locale.article(doc.doc), highlights)).toList();
        List<CategoryCount> categories = counts.entrySet().stream()
                .filter(e -> locale.category(e.getKey()) != null)
                .map(e -> new CategoryCount(e.getKey(), locale.category(e.getKey()).title(), e.getValue()))
                .sorted(Comparator.comparingInt(CategoryCount::count).reversed().thenComparing(CategoryCount::title))
                .toList();
        boolean none = total(counts) == 0;
        return new SearchResults(request.query(), category, total, page, pages, hits, categories,
                Corrections.of(locale, text), none ? nearby(locale, queries, text) : List.of());
    }

    /** Up to {@code limit} suggestions while the visitor types; the last word may be unfinished. */
    public InstantResults instant(SearchIndex index, String locale, String query, int limit) {
        String text = limit(query);
        LocaleIndex localeIndex = index.locale(locale).orElse(null);
        if (text.isBlank() || localeIndex == null) {
            return new InstantResults(query, 0, List.of());
        }
        boolean typing = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        QueryFactory queries = new QueryFactory(localeIndex, weights);
        int size = Math.max(1, Math.min(MAX_INSTANT, limit));
        TopDocs top = search(localeIndex, queries.build(text.strip(), false, typing).query(), size);
        if (top.scoreDocs.length < Math.min(size, FEW)) {
            top = search(localeIndex, queries.build(text.strip(), true, typing).query(), size);
        }
        List<InstantResults.Hit> hits = java.util.Arrays.stream(top.scoreDocs).map(doc -> {
            Article article = localeIndex.article(doc.doc);
            Category category = localeIndex.category(article.category());
            String snippet = Highlights.opening(article.summary().isBlank() ? article.text() : article.summary());
            return new InstantResults.Hit(article.title(), article.url(), category == null ? "" : category.title(), snippet);
        }).toList();
        return new InstantResults(query, top.totalHits.value, hits);
    }

    private static SearchHit hit(LocaleIndex locale, Article article, Highlights highlights) {
        Category category = locale.category(article.category());
        return new SearchHit(article.url(), article.title(), highlights.title(article.title()),
                highlights.snippet(article.summary(), article.text()), article.category(),
                category == null ? article.category() : category.title());
    }

    private static List<SearchHit> nearby(LocaleIndex locale, QueryFactory queries, String text) {
        Highlights plain = new Highlights(locale.analysis().words(), List.of());
        return top(locale, queries.relaxed(text), NEARBY).stream()
                .map(doc -> hit(locale, locale.article(doc.doc), plain)).toList();
    }

    private static Map<String, Integer> count(LocaleIndex locale, Query query) {
        try {
            return locale.searcher().search(query, CategoryCounter.manager());
        } catch (IOException e) {
            throw new UncheckedIOException("searching an index in memory failed", e);
        }
    }

    private static List<ScoreDoc> top(LocaleIndex locale, Query query, int n) {
        return List.of(search(locale, query, n).scoreDocs);
    }

    private static TopDocs search(LocaleIndex locale, Query query, int n) {
        try {
            IndexSearcher searcher = locale.searcher();
            return searcher.search(query, new TopScoreDocCollectorManager(n, null, 1000));
        } catch (IOException e) {
            throw new UncheckedIOException("searching an index in memory failed", e);
        }
    }

    private static long total(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Bounds the work a query can cause; the text is never interpreted, only analysed. */
    static String limit(String query) {
        if (query == null) {
            return "";
        }
        String text = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
        if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
