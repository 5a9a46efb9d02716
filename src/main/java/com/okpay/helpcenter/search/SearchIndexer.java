package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentProblem;
import com.okpay.helpcenter.content.SiteLocale;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the search index of a content snapshot. One indexer lives as long as the application:
 * it keeps the analyzers, which every rebuild reuses; the synonyms are read again on each build,
 * so an edit to synonyms.txt takes effect with the next reload.
 */
public final class SearchIndexer {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private final Map<Language, LocaleAnalysis.Base> analyzers = new EnumMap<>(Language.class);
    private final Pinyin pinyin = new Pinyin();

    public SearchIndexer() {
        for (Language language : Language.values()) {
            analyzers.put(language, LocaleAnalysis.Base.of(language));
        }
    }

    public SearchIndex build(Content content) {
        long start = System.nanoTime();
        Synonyms synonyms = Synonyms.read(content.root().resolve(Synonyms.FILE));
        for (ContentProblem problem : synonyms.problems()) {
            log.warn("{}", problem.format(content.root()));
        }
        Map<String, LocaleIndex> locales = content.site().locales().stream().map(SiteLocale::code)
                .collect(Collectors.toMap(Function.identity(), code -> LocaleIndex.build(code,
                        content.categories(code), analyzers.get(Language.of(code)).with(synonyms), pinyin)));
        SearchIndex index = new SearchIndex(locales, synonyms.problems());
        log.info("indexed {} articles for search in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }
}
