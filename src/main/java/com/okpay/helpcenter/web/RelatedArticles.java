package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Articles worth reading next: those sharing the most tags first (from any category), then the
 * rest of the same category, each group in the site's display order. One instance per content
 * version: each locale's tag and category look-ups are built once, so an article's list costs the
 * articles it shares something with, not a scan of the whole site.
 */
final class RelatedArticles {
    private final Content content;
    private final Map<String, Lookups> byLocale = new ConcurrentHashMap<>();

    RelatedArticles(Content content) {
        this.content = content;
    }

    List<Article> of(Article article, int limit) {
        Lookups lookups = byLocale.computeIfAbsent(article.locale(), this::lookups);
        Set<String> tags = normalized(article.tags());
        Map<Article, Integer> scores = new IdentityHashMap<>();
        for (String tag : tags) {
            for (Article other : lookups.byTag().getOrDefault(tag, List.of())) {
                scores.merge(other, 2, Integer::sum);
            }
        }
        for (Article other : lookups.byCategory().getOrDefault(article.category(), List.of())) {
            scores.merge(other, 1, Integer::sum);
        }
        return scores.entrySet().stream()
                .filter(e -> !e.getKey().key().equals(article.key()))
                .sorted(Comparator.comparing((Map.Entry<Article, Integer> e) -> -e.getValue())
                        .thenComparing(e -> lookups.position().get(e.getKey())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private record Lookups(Map<String, List<Article>> byTag, Map<String, List<Article>> byCategory,
                           Map<Article, Integer> position) {
    }

    private Lookups lookups(String locale) {
        Map<String, List<Article>> byTag = new HashMap<>();
        Map<String, List<Article>> byCategory = new HashMap<>();
        Map<Article, Integer> position = new IdentityHashMap<>();
        for (Article article : content.articles(locale)) {
            position.put(article, position.size());
            for (String tag : normalized(article.tags())) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(article);
            }
            byCategory.computeIfAbsent(article.category(), c -> new ArrayList<>()).add(article);
        }
        return new Lookups(byTag, byCategory, position);
    }

    private static Set<String> normalized(List<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
