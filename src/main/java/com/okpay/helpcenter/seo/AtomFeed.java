package com.okpay.helpcenter.seo;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteLocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The Atom feed of one locale: its most recently updated published articles, newest first, with
 * their full text (with absolute links, since readers show it elsewhere).
 */
final class AtomFeed {
    static final int ENTRIES = 20;
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String xml(Content content, String locale, String baseUrl) {
        SiteLocale site = content.site().locale(locale).orElseThrow();
        List<Article> recent = content.articles(locale).stream().filter(a -> !a.draft())
                .sorted(Comparator.comparing((Article a) -> updated(a, content)).reversed()
                        .thenComparing(Article::title))
                .limit(ENTRIES).toList();
        String home = baseUrl + content.paths().home(locale);
        String self = baseUrl + content.paths().page(locale, SeoController.FEED);
        Instant newest = recent.stream().map(a -> updated(a, content)).max(Instant::compareTo).orElse(content.loadedAt().truncatedTo(ChronoUnit.SECONDS));

        XmlOutput xml = new XmlOutput()
                .start("feed", "xmlns", NS, "xml:lang", locale)
                .text("id", self)
                .text("title", site.title())
                .text("subtitle", site.description())
                .text("updated", newest.toString())
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", self)
                .empty("link", "rel", "alternate", "type", "text/html", "href", home)
                .start("author").text("name", site.title()).text("uri", home).end();
        for (Article article : recent) {
            String url = baseUrl + article.url();
            xml.start("entry")
                    .text("id", url)
                    .text("title", article.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                    .text("updated", updated(article, content).toString())
                    .text("summary", article.summary() == null || article.summary().isBlank() ? null : article.summary())
                    .text("content", PortableHtml.html(article.html(), baseUrl), "type", "html");
            content.category(locale, article.category())
                    .ifPresent(c -> xml.empty("category", "term", c.slug(), "label", c.title()));
            xml.end();
        }
        return xml.end().finish();
    }

    /** Articles without an {@code updated} date count as changed when the content was last loaded. */
    private static Instant updated(Article article, Content content) {
        LocalDate date = article.updated();
        return date == null ? content.loadedAt().truncatedTo(ChronoUnit.SECONDS) : date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
