package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Articles worth reading next: those sharing the most tags first (from any category), then the
 * rest of the same category, each group in the site's display order.
 */
final class RelatedArticles {
    private RelatedArticles() {
    }

    static List<Article> of(Content content, Article article, int limit) {
        Set<String> tags = normalized(article.tags());
        List<Article> all = content.articles(article.locale());
        return all.stream()
                .filter(other -> !other.key().equals(article.key()))
                .map(other -> new Scored(other, score(article, tags, other)))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .limit(limit)
                .map(Scored::article)
                .toList();
    }

    private record Scored(Article article, int score) {
    }

    /** Two points per shared tag, one for the same category: one shared tag outranks a mere neighbour. */
    private static int score(Article article, Set<String> tags, Article other) {
        int shared = (int) normalized(other.tags()).stream().filter(tags::contains).count();
        return shared * 2 + (other.category().equals(article.category()) ? 1 : 0);
    }

    private static Set<String> normalized(List<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
