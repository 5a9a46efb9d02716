package com.okpay.helpcenter.seo;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * schema.org JSON-LD for the pages search engines show richly: the site with its search, the
 * breadcrumb trail of categories and articles, each article, and the questions of FAQ articles.
 */
public final class StructuredData {
    private final String baseUrl;

    public StructuredData(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A trail step: its visible name and site path. */
    public record Crumb(String name, String path) {
    }

    public List<String> home(String siteTitle, String description, String locale, String homePath, String searchPath) {
        JsonLd search = JsonLd.nested("SearchAction")
                .put("target", baseUrl + searchPath + "?q={search_term_string}")
                .put("query-input", "required name=search_term_string");
        return List.of(JsonLd.root("WebSite").put("name", siteTitle).put("description", description)
                .put("url", baseUrl + homePath).put("inLanguage", locale).put("potentialAction", search).json());
    }

    public List<String> category(List<Crumb> trail) {
        return List.of(breadcrumbs(trail));
    }

    /** Article and breadcrumbs; FAQ articles also list their questions and answers. */
    public List<String> article(Article article, Category category, String siteTitle, List<Crumb> trail) {
        String url = baseUrl + article.url();
        JsonLd organization = JsonLd.nested("Organization").put("name", siteTitle).put("url", baseUrl + "/");
        List<String> data = new ArrayList<>();
        data.add(JsonLd.root("Article")
                .put("headline", headline(article.title()))
                .put("description", article.summary())
                .put("inLanguage", article.locale())
                .put("dateModified", article.updated() == null ? null : article.updated().toString())
                .put("articleSection", category.title())
                .put("keywords", article.tags().isEmpty() ? null : String.join(", ", article.tags()))
                .put("url", url)
                .put("mainEntityOfPage", JsonLd.nested("WebPage").put("@id", url))
                .put("author", organization)
                .put("publisher", organization)
                .json());
        data.add(breadcrumbs(trail));
        if (article.isFaq()) {
            List<Object> questions = FaqEntries.of(article.html(), baseUrl).stream()
                    .<Object>map(e -> JsonLd.nested("Question").put("name", e.question())
                            .put("acceptedAnswer", JsonLd.nested("Answer").put("text", e.answerHtml())).fields())
                    .toList();
            if (!questions.isEmpty()) {
                data.add(JsonLd.root("FAQPage").put("inLanguage", article.locale()).put("mainEntity", questions).json());
            }
        }
        return List.copyOf(data);
    }

    private String breadcrumbs(List<Crumb> trail) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            items.add(JsonLd.nested("ListItem").put("position", i + 1).put("name", trail.get(i).name())
                    .put("item", baseUrl + trail.get(i).path()).fields());
        }
        return JsonLd.root("BreadcrumbList").put("itemListElement", items).json();
    }

    /** Search engines cut headlines after 110 characters; cut at a character boundary ourselves. */
    private static String headline(String title) {
        return title.codePointCount(0, title.length()) <= 110 ? title
                : title.substring(0, title.offsetByCodePoints(0, 109)) + "…";
    }
}
