package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.seo.StructuredData.Crumb;
import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.RenderedPage;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SiteSnapshot;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Category pages and article pages. */
final class ArticleController {
    private static final int TOC_MIN_HEADINGS = 3;
    private static final int RELATED = 5;

    private final LiveSite site;
    private final Pages pages;
    private final Tracking tracking;
    private final SharedPages shared;

    ArticleController(LiveSite site, Pages pages, Tracking tracking, SharedPages shared) {
        this.site = site;
        this.pages = pages;
        this.tracking = tracking;
        this.shared = shared;
    }

    void category(Context ctx) {
        SiteSnapshot snapshot = site.current();
        Content content = snapshot.content();
        String locale = RequestLocale.of(ctx, content);
        Category category = content.category(locale, ctx.pathParam("category")).orElseThrow(NotFoundResponse::new);
        SharedPages.Version version = shared.of(snapshot);
        RenderedPage body = version.pages().get(category.url(), () -> render(content, locale, category));
        shared.send(ctx, version, body, SharedPages.CONTENT, SharedPages.BY_ENCODING, SharedPages.Rule.ALWAYS);
    }

    private RenderedPage render(Content content, String locale, Category category) {
        PageModel page = pages.page(content, locale).titled(category.title()).describedAs(category.description())
                .at(category.url(), other -> content.category(other, category.slug()).map(Category::url).orElse(null))
                .build();
        page = page.withMeta(page.head().meta().withStructuredData(pages.structuredData().category(
                List.of(home(page), new Crumb(category.title(), category.url())))));
        return pages.html("category", page, new PageViews.CategoryPage(category), 200, Compression.Effort.MAX);
    }

    /** The article; {@code ?feedback=STEP} (where answering it leads) picks one of a few variants. */
    void show(Context ctx) {
        SiteSnapshot snapshot = site.current();
        Content content = snapshot.content();
        String locale = RequestLocale.of(ctx, content);
        Article article = content.article(locale, ctx.pathParam("category"), ctx.pathParam("slug"))
                .orElseThrow(NotFoundResponse::new);
        String step = FeedbackForms.step(ctx);
        SharedPages.Version version = shared.of(snapshot);
        RenderedPage body = version.pages().get(article.url() + "|" + step,
                () -> render(content, version.related(), article, step));
        tracking.articleShown(ctx, article);
        shared.send(ctx, version, body, SharedPages.CONTENT, SharedPages.BY_ENCODING, new SharedPages.Rule(
                request -> true, request -> tracking.articleShown(request, null, article)));
    }

    private RenderedPage render(Content content, RelatedArticles related, Article article, String step) {
        String locale = article.locale();
        Category category = content.category(locale, article.category()).orElseThrow(NotFoundResponse::new);
        PageModel page = pages.page(content, locale).titled(article.title()).describedAs(article.summary())
                .at(article.url(), other -> other.equals(locale) ? article.url()
                        : content.translation(article, other).map(Article::url).orElse(null))
                .build();
        List<Crumb> trail = List.of(home(page), new Crumb(category.title(), category.url()),
                new Crumb(article.title(), article.url()));
        page = page.withMeta(page.head().meta().asArticle(article.updated(),
                pages.structuredData().article(article, category, page.site().title(), trail)));
        List<Article> siblings = category.articles();
        int index = siblings.indexOf(article);
        List<Link> translations = content.translationsOf(article).stream()
                .map(t -> new Link(content.site().locale(t.locale()).map(l -> l.name()).orElse(t.locale()), t.url(), t.locale(), false))
                .toList();
        PageViews.ArticlePage view = new PageViews.ArticlePage(article, category, translations,
                article.headings().size() >= TOC_MIN_HEADINGS ? article.headings() : List.of(),
                related.of(article, RELATED),
                index > 0 ? siblings.get(index - 1) : null,
                index >= 0 && index + 1 < siblings.size() ? siblings.get(index + 1) : null,
                page.site().contactUrl() + "?q=" + encode(article.title()) + "&article=" + encode(article.url()),
                FeedbackForms.view(article, step), content.editUrl(article).orElse(null));
        return pages.html("article", page, view, 200, Compression.Effort.MAX);
    }

    private Crumb home(PageModel page) {
        return new Crumb(pages.text(page.locale(), "nav.home"), page.site().homeUrl());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
