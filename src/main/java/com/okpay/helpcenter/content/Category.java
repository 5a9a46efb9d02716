package com.okpay.helpcenter.content;

import java.nio.file.Path;
import java.util.List;

/** A section of the help center in one locale, with its published articles in display order. */
public record Category(String locale, String slug, String title, String description, int order,
                      String icon, Path source, String url, List<Article> articles) {

    public Category {
        articles = List.copyOf(articles);
    }

    public Category withArticles(List<Article> sorted) {
        return new Category(locale, slug, title, description, order, icon, source, url, sorted);
    }
}
