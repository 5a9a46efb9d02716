package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The home page of each locale, and the first-visit language choice on {@code /}. */
final class HomeController {
    static final String LOCALE_COOKIE = "hc_locale";
    /**
     * The language switcher's link to the default locale's home carries {@code ?lang=}: without it, a
     * remembered other language would send the visitor straight back where they came from.
     */
    static final String CHOICE_PARAM = "lang";
    private static final int FEATURED_PER_CATEGORY = 2;

    private final LiveSite site;
    private final Pages pages;

    HomeController(LiveSite site, Pages pages) {
        this.site = site;
        this.pages = pages;
    }

    void show(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        if (ctx.pathParamMap().get(RequestLocale.PARAM) == null) {
            String preferred = preferredLocale(ctx, content);
            if (!preferred.equals(content.site().defaultLocale())) {
                ctx.header("Vary", "Accept-Language, Cookie");
                ctx.redirect(content.paths().home(preferred), HttpStatus.FOUND);
                return;
            }
        }
        PageModel page = pages.page(content, locale, null, null, content.paths().home(locale),
                content.paths()::home, null);
        page = page.withMeta(page.meta().withStructuredData(pages.structuredData().home(page.siteTitle(),
                page.description(), locale, page.homeUrl(), page.searchUrl())));
        pages.render(ctx, "home", page, Map.of("featured", featured(content.categories(locale))));
    }

    /** A remembered choice wins; otherwise the browser's languages, on the very first visit only. */
    private static String preferredLocale(Context ctx, Content content) {
        String defaultLocale = content.site().defaultLocale();
        String chosen = ctx.queryParam(CHOICE_PARAM);
        if (chosen != null && content.site().hasLocale(chosen)) {
            return chosen;
        }
        String remembered = ctx.cookie(LOCALE_COOKIE);
        if (remembered != null) {
            return content.site().hasLocale(remembered) ? remembered : defaultLocale;
        }
        String header = ctx.header("Accept-Language");
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
