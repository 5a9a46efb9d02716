package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.search.QueryFactory.Completion;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

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
    /** Fewer exact results than this, and near spellings and completions are tried too. */
    private static final int FEW = 3;
    private static final int NEARBY = 3;
    private final Weights weights;
    private final Fusion.Params fusion;

    public SearchService() {
        this(Weights.DEFAULT);
    }

    SearchService(Weights weights) {
        this(weights, Fusion.Params.DEFAULT);
    }

    SearchService(Weights weights, Fusion.Params fusion) {
        this.weights = weights;
        this.fusion = fusion;
    }

    public SearchResults search(SearchIndex index, SearchRequest request) {
        return search(index, request, DenseRetriever.NONE);
    }

    /**
     * The results page: lexical matches fused with the articles nearest in meaning ({@link Fusion})
     * when {@code dense} has vectors, and the answer passage above them when the top one matched
     * clearly. With {@link DenseRetriever#NONE} this is the lexical search.
     */
    public SearchResults search(SearchIndex index, SearchRequest request, DenseRetriever dense) {
        return withinClauseLimit(limit(request.query()), text -> search(index, request, text, dense));
    }

    /**
     * The lexical result the query names, which fusion keeps first whatever the model thinks nearer:
     * of the lexical top three, the one whose title is the query, else the first whose title holds
     * every word of a query of several words as typed (the words of {@link ArticleDocument#TITLE_EXACT}).
     * Null when there is none.
     */
    private static Article named(LocaleIndex locale, String text, List<Article> lexical) {
        List<Article> top = lexical.subList(0, Math.min(3, lexical.size()));
        boolean chinese = locale.analysis().chinese();
        String folded = Analysis.fold(text, chinese).strip();
        for (Article article : top) {
            if (Analysis.fold(article.title(), chinese).strip().equals(folded)) {
                return article;
            }
        }
        Analyzer analyzer = locale.analysis().index();
        Set<String> words = new HashSet<>(ArticleDocument.terms(analyzer, ArticleDocument.TITLE_EXACT, text));
        if (words.size() < 2) {
            return null;
        }
        for (Article article : top) {
            if (ArticleDocument.terms(analyzer, ArticleDocument.TITLE_EXACT, article.title()).containsAll(words)) {
                return article;
            }
        }
        return null;
    }

    private SearchResults search(SearchIndex index, SearchRequest request, String text, DenseRetriever dense) {
        LocaleIndex locale = index.locale(request.locale()).orElse(null);
        String category = locale == null || request.category() == null || locale.category(request.category()) == null
                ? null : request.category();
        if (text.isBlank() || locale == null) {
            return SearchResults.empty(request.query(), category);
        }
        QueryFactory queries = new QueryFactory(locale, weights);
        QueryFactory.BuiltQuery built = queries.build(text, false, Completion.NONE);
        List<DenseRetriever.DenseHit> nearest = Fusion.denseApplies(text, locale.analysis().chinese())
                ? dense.nearest(locale.locale(), text, Fusion.DEPTH) : List.of();
        nearest = !fusion.inScope(locale.analysis().chinese(), nearest) ? List.of() : nearest.stream()
                .filter(h -> category == null || h.article().category().equals(category)).toList();
        int wanted = Math.max(Math.min(request.page(), MAX_PAGES) * PAGE_SIZE, nearest.isEmpty() ? 0 : Fusion.DEPTH);
        LocaleIndex.Matches matches = locale.matches(built.query(), category, wanted);
        if (matches.all() < FEW) {
            // little found: also near spellings, and the last word as the start of a longer one
            built = queries.build(text, true, Completion.IF_UNKNOWN);
            matches = locale.matches(built.query(), category, wanted);
        }
        List<Article> lexical = Arrays.stream(matches.top().scoreDocs).map(doc -> locale.article(doc.doc)).toList();
        List<Article> ranked = lexical;
        long total = matches.total();
        if (!nearest.isEmpty()) {
            float[] scores = new float[lexical.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = matches.top().scoreDocs[i].score;
            }
            ranked = Fusion.rank(fusion, locale.analysis().chinese(), lexical, scores, nearest,
                    named(locale, text, lexical));
            total += ranked.stream().filter(a -> !lexical.contains(a)).count();
        }
        int pages = (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(request.page(), Math.max(1, pages));
        if (nearest.isEmpty() && page * PAGE_SIZE < wanted) {
            matches = locale.matches(built.query(), category, page * PAGE_SIZE);
            ranked = Arrays.stream(matches.top().scoreDocs).map(doc -> locale.article(doc.doc)).toList();
        }
        Highlights highlights = new Highlights(locale.analysis().highlighting(), built.highlight());
        List<SearchHit> hits = ranked.stream().skip((page - 1L) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(article -> hit(locale, article, highlights)).toList();
        List<CategoryCount> categories = matches.counts().entrySet().stream()
                .filter(e -> locale.category(e.getKey()) != null)
                .map(e -> new CategoryCount(e.getKey(), locale.category(e.getKey()).title(), e.getValue()))
                .sorted(Comparator.comparingInt(CategoryCount::count).reversed().thenComparing(CategoryCount::title))
                .toList();
        boolean none = matches.all() == 0 && hits.isEmpty();
        Answer answer = page == 1 ? Answers.of(fusion.answer(), ranked, nearest, dense, highlights) : null;
        return new SearchResults(request.query(), category, total, page, pages, hits, categories,
                Corrections.of(locale, text), none ? nearby(locale, queries, text) : List.of(), answer);
    }

    /** Up to {@code count} suggestions while the visitor types; the last word may be unfinished. */
    public InstantResults instant(SearchIndex index, String locale, String query, int count) {
        return withinClauseLimit(limit(query), text -> instant(index, locale, query, text, count));
    }

    private InstantResults instant(SearchIndex index, String locale, String query, String text, int count) {
        LocaleIndex localeIndex = index.locale(locale).orElse(null);
        if (text.isBlank() || localeIndex == null) {
            return new InstantResults(query, 0, List.of());
        }
        QueryFactory queries = new QueryFactory(localeIndex, weights);
        int size = Math.max(1, Math.min(MAX_INSTANT, count));
        TopDocs top = localeIndex.top(queries.build(text, false, Completion.ALWAYS).query(), size);
        if (top.scoreDocs.length < Math.min(size, FEW)) {
            top = localeIndex.top(queries.build(text, true, Completion.ALWAYS).query(), size);
        }
        List<InstantResults.Hit> hits = Arrays.stream(top.scoreDocs).map(doc -> {
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
                highlights.snippet(article.summary(), article::text), article.category(),
                category == null ? article.category() : category.title());
    }

    private static List<SearchHit> nearby(LocaleIndex locale, QueryFactory queries, String text) {
        Highlights plain = new Highlights(locale.analysis().highlighting(), List.of());
        return Arrays.stream(locale.top(queries.relaxed(text), NEARBY).scoreDocs)
                .map(doc -> hit(locale, locale.article(doc.doc), plain)).toList();
    }

    /** A query too rich for Lucene's clause limit (many synonyms, say) is cut in half until it fits. */
    private static <T> T withinClauseLimit(String text, Function<String, T> search) {
        for (String cut = text; ; cut = limit(cut.substring(0, cut.length() / 2))) {
            try {
                return search.apply(cut);
            } catch (IndexSearcher.TooManyClauses e) {
                if (cut.length() < 2) {
                    throw e;
                }
            }
        }
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
