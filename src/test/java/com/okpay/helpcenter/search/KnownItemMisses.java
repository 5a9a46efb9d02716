package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.search.QueryFactory.Completion;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Query;

/**
 * Not a test (needs the corpus): the known-item queries NOT held back (held-back rows are dropped as
 * the file is read) that {@code /api/search}'s search does not rank first, each with the title words
 * under the locale's analyzer of the query, the wanted article and the first three, and the main
 * score contributions of the wanted article and the first: what to look at before changing ranking.
 * Arguments: corpus folder, optionally a locale to look at only.
 */
public final class KnownItemMisses {
    private KnownItemMisses() {
    }

    public static void main(String[] args) throws Exception {
        try (WholeCorpus corpus = WholeCorpus.index(Path.of(args[0]))) {
            misses(corpus.index(), WholeCorpus.knownItemTuningRows(), args.length > 1 ? args[1] : null);
        }
    }

    private static void misses(SearchIndex index, List<JudgedQueries.Judgement> tune, String only) throws Exception {
        SearchService service = new SearchService();
        for (String locale : List.of("zh-CN", "en")) {
            if (only != null && !only.equals(locale)) {
                continue;
            }
            LocaleIndex localeIndex = index.locale(locale).orElseThrow();
            Map<String, Integer> docs = new HashMap<>();
            for (int doc = 0; doc < localeIndex.size(); doc++) {
                docs.put(localeIndex.article(doc).url().replaceFirst("^(/[^/]+)?/articles/", ""), doc);
            }
            List<JudgedQueries.Judgement> rows = tune.stream().filter(j -> j.locale().equals(locale)).toList();
            int first = 0;
            for (JudgedQueries.Judgement j : rows) {
                List<InstantResults.Hit> hits = service.instant(index, locale, j.query(), 3).hits();
                if (!hits.isEmpty() && hits.get(0).url().endsWith("/articles/" + j.expected())) {
                    first++;
                    continue;
                }
                Query query = new QueryFactory(localeIndex, Weights.DEFAULT).build(j.query(), false, Completion.ALWAYS).query();
                Analyzer words = new Analyzer(localeIndex);
                System.out.printf(Locale.ROOT, "MISS %s [%s] %s%n", locale, j.query(), words.of(j.query()));
                Integer wanted = docs.get(j.expected());
                if (wanted == null) {
                    System.out.println("  wanted article not in the index: " + j.expected());
                    continue;
                }
                print(localeIndex, query, wanted, "want", words);
                for (InstantResults.Hit hit : hits) {
                    print(localeIndex, query, docs.get(hit.url().replaceFirst("^(/[^/]+)?/articles/", "")), "got ", words);
                }
            }
            System.out.printf(Locale.ROOT, "%s tuning rows: hit@1 %.3f (%d of %d)%n", locale, first / (double) rows.size(), first, rows.size());
        }
    }

    private static void print(LocaleIndex index, Query query, int doc, String what, Analyzer words) throws Exception {
        Article article = index.article(doc);
        Explanation explanation = index.searcher().explain(query, doc);
        System.out.printf(Locale.ROOT, "  %s %7.2f %s %s%n", what, explanation.getValue().floatValue(), article.title(), words.of(article.title()));
        for (Explanation part : explanation.getDetails()) {
            if (part.getValue().floatValue() > 0.5f) {
                System.out.printf(Locale.ROOT, "         %6.2f %s%n", part.getValue().floatValue(), shorten(leaves(part)));
            }
        }
    }

    /** The matched terms under a score contribution, without Lucene's formula. */
    private static String leaves(Explanation part) {
        String description = part.getDescription();
        if (description.startsWith("weight(")) {
            int in = description.indexOf(" in ");
            return String.format(Locale.ROOT, "%s=%.2f", description.substring(7, in < 0 ? description.length() : in), part.getValue().floatValue());
        }
        StringBuilder out = new StringBuilder();
        for (Explanation detail : part.getDetails()) {
            if (detail.getValue().floatValue() > 0 && !detail.getDescription().startsWith("boost")) {
                out.append(out.isEmpty() ? "" : " ").append(leaves(detail));
            }
        }
        return out.toString();
    }

    private static String shorten(String description) {
        return description.length() > 170 ? description.substring(0, 170) + "…" : description;
    }

    /** The title words of a text under the locale's word analyzer (the title field's). */
    private record Analyzer(LocaleIndex index) {
        List<String> of(String text) {
            return ArticleDocument.terms(index.analysis().index(), text);
        }
    }
}
