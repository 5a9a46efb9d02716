package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.ContentProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search index of one content snapshot: a read-only Lucene index per locale. It is built with
 * the content it indexes and swapped in with it, so results never point at articles that the
 * pages being served do not have.
 */
public final class SearchIndex {
    private final Map<String, LocaleIndex> locales;
    private final List<ContentProblem> problems;

    SearchIndex(Map<String, LocaleIndex> locales, List<ContentProblem> problems) {
        this.locales = Map.copyOf(locales);
        this.problems = List.copyOf(problems);
    }

    Optional<LocaleIndex> locale(String locale) {
        return Optional.ofNullable(locales.get(locale));
    }

    /** Lines of synonyms.txt that could not be used, in the same form as content problems. */
    public List<ContentProblem> problems() {
        return problems;
    }

    public int size() {
        return locales.values().stream().mapToInt(LocaleIndex::size).sum();
    }

    /** Memory taken by the index files (not counting the articles, which the content holds). */
    public long bytes() {
        return locales.values().stream().mapToLong(LocaleIndex::bytes).sum();
    }
}
