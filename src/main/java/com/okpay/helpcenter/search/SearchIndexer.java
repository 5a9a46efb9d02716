package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.SiteLocale;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the search index of each content snapshot. One indexer lives as long as the application:
 * it keeps the analyzers and, per locale, an index that each build updates with only the articles
 * that changed since the previous one. The synonyms are read again on each build, so an edit to
 * synonyms.txt takes effect with the next reload.
 */
public final class SearchIndexer {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private final Map<Language, LocaleAnalysis.Base> analyzers = new EnumMap<>(Language.class);
    private final Map<String, LocaleIndexWriter> writers = new HashMap<>();
    private final Pinyin pinyin = new Pinyin();

    public SearchIndexer() {
        for (Language language : Language.values()) {
            analyzers.put(language, LocaleAnalysis.Base.of(language));
        }
    }

    public synchronized SearchIndex build(Content content) {
        long start = System.nanoTime();
        Synonyms synonyms = Synonyms.read(content.root().resolve(Synonyms.FILE));
        for (ContentProblem problem : synonyms.problems()) {
            log.warn("{}", problem.format(content.root()));
        }
        List<String> codes = content.site().locales().stream().map(SiteLocale::code).toList();
        // a locale dropped from site.yml: its last snapshot may still be serving a search for a moment,
        // so its readers are left to the garbage collector rather than closed under it
        writers.keySet().retainAll(codes);
        Map<String, LocaleIndex> locales = new HashMap<>();
        for (String code : codes) {
            locales.put(code, index(code, content.categories(code), analyzers.get(Language.of(code)).with(synonyms)));
        }
        SearchIndex index = new SearchIndex(locales, synonyms.problems());
        log.info("indexed {} articles for search in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    private LocaleIndex index(String code, List<Category> categories, LocaleAnalysis analysis) {
        LocaleIndexWriter writer = writers.computeIfAbsent(code, c -> new LocaleIndexWriter(analyzers.get(Language.of(c))));
        List<Article> articles = categories.stream().flatMap(c -> c.articles().stream()).toList();
        try {
            DirectoryReader reader = writer.update(articles, new ArticleDocument(analysis, pinyin));
            return LocaleIndex.of(code, analysis, reader, writer.articlesByDoc(), categories, writer.bytes());
        } catch (RuntimeException e) {
            // half-applied changes must not leak into the next snapshot: start that one afresh
            writers.remove(code);
            throw e;
        }
    }
}
