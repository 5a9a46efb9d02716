package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.RenderedPage;
import com.okpay.helpcenter.site.LiveSite;
import com.okpay.helpcenter.site.SiteSnapshot;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The home page of each locale, and the first-visit language choice on {@code /}. */
final class HomeController {
    static final String LOCALE_COOKIE = "hc_locale";
    /**
     * Every link of the language switcher carries {@code ?lang=}: the explicit choice, the only
     * thing that sets the language cookie (see {@link LanguageChoice}).
     */
    static final String CHOICE_PARAM = "lang";
    private static final int FEATURED_PER_CATEGORY = 2;
    private static final String BY_LANGUAGE = "Accept-Encoding, Accept-Language, Cookie";

    private final LiveSite site;
    private final Pages pages;
    private final SharedPages shared;

    HomeController(LiveSite site, Pages pages, SharedPages shared) {
        this.site = site;
        this.pages = pages;
        this.shared = shared;
    }

    void show(Context ctx) {
        SiteSnapshot snapshot = site.current();
        Content content = snapshot.content();
        String locale = RequestLocale.of(ctx, content);
        boolean root = ctx.pathParamMap().get(RequestLocale.PARAM) == null;
        if (root) {
            String preferred = preferredLocale(RequestFacts.of(ctx), content);
            if (!preferred.equals(content.site().defaultLocale())) {
                // the same address answers differently by cookie and browser languages: no shared cache may keep it
                ctx.header("Vary", BY_LANGUAGE);
                ctx.header("Cache-Control", SharedPages.PRIVATE);
                ctx.redirect(content.paths().home(preferred), HttpStatus.FOUND);
                return;
            }
        }
        SharedPages.Version version = shared.of(snapshot);
        RenderedPage home = version.pages().get("home|" + locale, () -> render(content, locale));
        if (root) {
            String defaultLocale = content.site().defaultLocale();
            shared.send(ctx, version, home, SharedPages.PRIVATE, BY_LANGUAGE, new SharedPages.Rule(
                    request -> preferredLocale(request, content).equals(defaultLocale), request -> { }));
        } else {
            shared.send(ctx, version, home, SharedPages.CONTENT, SharedPages.BY_ENCODING, SharedPages.Rule.ALWAYS);
        }
    }

    private RenderedPage render(Content content, String locale) {
        PageModel page = pages.page(content, locale).at(content.paths().home(locale), content.paths()::home).build();
        page = page.withMeta(page.head().meta().withStructuredData(pages.structuredData().home(page.site().title(),
                page.head().description(), locale, page.site().homeUrl(), page.site().searchUrl())));
        return pages.html("home", page, new PageViews.Home(featured(content.categories(locale))), 200,
                Compression.Effort.MAX);
    }

    /** A remembered choice wins; otherwise the browser's languages, on the very first visit only. */
    private static String preferredLocale(RequestFacts request, Content content) {
        String defaultLocale = content.site().defaultLocale();
        String remembered = request.cookie(LOCALE_COOKIE);
        if (remembered != null) {
            return content.site().hasLocale(remembered) ? remembered : defaultLocale;
        }
        String header = request.header("Accept-Language");
        if (header == null || header.isBlank()) {
            return defaultLocale;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> tags = content.site().locales().stream().map(l -> l.code()).toList();
            String best = Locale.lookupTag(ranges, tags);
            return best == null ? defaultLocale : tags.stream().filter(t -> t.equalsIgnoreCase(best)).findFirst().orElse(defaultLocale);
        } catch (IllegalArgumentException e) {
            return defaultLocale;
        }
    }

    static List<Article> featured(List<Category> categories) {
        List<Article> featured = new ArrayList<>();
        for (Category category : categories) {
            featured.addAll(category.articles().subList(0, Math.min(FEATURED_PER_CATEGORY, category.articles().size())));
        }
        return featured;
    }
}
