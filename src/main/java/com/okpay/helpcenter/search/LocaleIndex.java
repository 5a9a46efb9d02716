package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The Lucene index of one locale's articles in one content snapshot, only read. An
 * {@link IndexSearcher} over a point-in-time reader is safe for any number of concurrent queries;
 * a content change gets a new one from {@link LocaleIndexWriter}.
 */
final class LocaleIndex {
    /** Instant search needs no exact count beyond this; the results page counts every match. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    private static final int MAX_CORRECTIONS = 20_000;
    private final String locale;
    private final LocaleAnalysis analysis;
    private final IndexSearcher searcher;
    private final Article[] articlesByDoc;
    private final Map<String, Category> categories;
    private final int size;
    private final long bytes;
    /** The correction found for each word no article contains (itself when none), for "did you mean". */
    private final Map<String, String> corrections = new ConcurrentHashMap<>();
    /** Near spellings and word beginnings expanded into this index's terms, for the searches that ask again. */
    private final ExpandedOnce.Expansions expansions;

    private LocaleIndex(String locale, LocaleAnalysis analysis, IndexSearcher searcher, Article[] articlesByDoc,
                        Map<String, Category> categories, int size, long bytes) {
        this.locale = locale;
        this.analysis = analysis;
        this.searcher = searcher;
        this.expansions = new ExpandedOnce.Expansions(searcher.getIndexReader());
        this.articlesByDoc = articlesByDoc;
        this.categories = categories;
        this.size = size;
        this.bytes = bytes;
    }

    /** The index of one snapshot: a reader that no later update changes, and the articles it holds. */
    /** @param articlesByDoc the article of each live document of {@code reader}, null for deleted ones */
    static LocaleIndex of(String locale, LocaleAnalysis analysis, DirectoryReader reader, Article[] articlesByDoc,
                          List<Category> categories, long bytes) {
        Map<String, Category> categoriesBySlug = categories.stream()
                .collect(Collectors.toUnmodifiableMap(Category::slug, Function.identity()));
        return new LocaleIndex(locale, analysis, new IndexSearcher(reader), articlesByDoc, categoriesBySlug,
                reader.numDocs(), bytes);
    }

    /**
     * The correction of a word no article contains, worked out once per snapshot: the same words
     * come back in many searches, and looking for near spellings is the costliest part of a search.
     */
    String correction(String word, Function<String, String> find) {
        if (corrections.size() >= MAX_CORRECTIONS) {
            corrections.clear(); // a bound, not a policy: one visitor typing random words cannot grow it
        }
        return corrections.computeIfAbsent(word, find);
    }

    /**
     * A query for near spellings or a word's beginning, expanded into this index's terms once, then
     * reused; {@code key} tells the queries that expand alike (see {@link ExpandedOnce}).
     */
    Query expandedOnce(Object key, Supplier<MultiTermQuery> query) {
        return expansions.wrap(key, query);
    }

    /**
     * The best {@code n} matches of a query (within a category, if given) and the number of
     * matches in every category, in one pass when no category narrows the search.
     */
    Matches matches(Query asked, String category, int n) {
        try {
            Query query = DocAtATime.clauses(searcher, asked);
            if (category == null) {
                Object[] both = searcher.search(query, new MultiCollectorManager(topManager(n), CategoryCounter.manager()));
                @SuppressWarnings("unchecked")
                Map<String, Integer> counts = (Map<String, Integer>) both[1];
                return new Matches((TopDocs) both[0], counts, null);
            }
            Query within = new BooleanQuery.Builder().add(query, Occur.MUST)
                    .add(new TermQuery(new Term(ArticleDocument.CATEGORY, category)), Occur.FILTER).build();
            return new Matches(top(within, n), searcher.search(query, CategoryCounter.manager()), category);
        } catch (IOException e) {
            throw new UncheckedIOException("searching an index in memory failed", e);
        }
    }

    TopDocs top(Query query, int n) {
        try {
            return searcher.search(query, topManager(n));
        } catch (IOException e) {
            throw new UncheckedIOException("searching an index in memory failed", e);
        }
    }

    private static TopScoreDocCollectorManager topManager(int n) {
        return new TopScoreDocCollectorManager(Math.max(1, n), null, TOTAL_HITS_THRESHOLD);
    }

    /** @param category the category searched within, or null for all */
    record Matches(TopDocs top, Map<String, Integer> counts, String category) {
        long all() {
            return counts.values().stream().mapToLong(Integer::longValue).sum();
        }

        long total() {
            return category == null ? all() : counts.getOrDefault(category, 0);
        }
    }

    String locale() {
        return locale;
    }

    LocaleAnalysis analysis() {
        return analysis;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Article article(int doc) {
        return articlesByDoc[doc];
    }

    Category category(String slug) {
        return categories.get(slug);
    }

    int size() {
        return size;
    }

    long bytes() {
        return bytes;
    }
}
