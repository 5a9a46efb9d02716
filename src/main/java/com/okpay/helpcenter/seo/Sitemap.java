package com.okpay.helpcenter.seo;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteLocale;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * sitemap.xml: every locale's home, categories and published articles, each with its language
 * versions ({@code xhtml:link}) and, where editors wrote one, the {@code updated} date.
 */
final class Sitemap {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Content content;
    private final String baseUrl;
    private final XmlOutput xml = new XmlOutput();

    private Sitemap(Content content, String baseUrl) {
        this.content = content;
        this.baseUrl = baseUrl;
    }

    static String xml(Content content, String baseUrl) {
        return new Sitemap(content, baseUrl).write();
    }

    private String write() {
        xml.start("urlset", "xmlns", NS, "xmlns:xhtml", XHTML);
        for (SiteLocale locale : content.site().locales()) {
            String code = locale.code();
            url(content.paths().home(code), latest(published(content.articles(code))), content.paths()::home);
            for (Category category : content.categories(code)) {
                url(category.url(), latest(published(category.articles())),
                        other -> content.category(other, category.slug()).map(Category::url).orElse(null));
            }
            for (Article article : published(content.articles(code))) {
                url(article.url(), article.updated(), other -> other.equals(code) ? article.url()
                        : content.translation(article, other).filter(t -> !t.draft()).map(Article::url).orElse(null));
            }
        }
        return xml.end().finish();
    }

    private void url(String path, LocalDate lastModified, Function<String, String> pathIn) {
        xml.start("url").text("loc", baseUrl + path);
        if (lastModified != null) {
            xml.text("lastmod", lastModified.toString());
        }
        Map<String, String> versions = Alternates.of(content.site(), pathIn);
        if (versions.size() > 1) {
            versions.forEach((lang, href) ->
                    xml.empty("xhtml:link", "rel", "alternate", "hreflang", lang, "href", baseUrl + href));
        }
        xml.end();
    }

    /** Preview servers show drafts, but a draft is never announced to search engines. */
    private static Collection<Article> published(Collection<Article> articles) {
        return articles.stream().filter(a -> !a.draft()).toList();
    }

    private static LocalDate latest(Collection<Article> articles) {
        return articles.stream().map(Article::updated).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }
}
