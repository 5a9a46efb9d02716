package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteConfig;
import com.okpay.helpcenter.content.SiteLocale;
import com.okpay.helpcenter.content.SitePaths;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the layout model of a page and renders it, so controllers only add their own data. */
public final class Pages {
    private final String baseUrl;
    private final boolean drafts;
    private final Messages messages;

    public Pages(String baseUrl, boolean drafts, Messages messages) {
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.messages = messages;
    }

    /** An interface text in the page's language, for titles built in Java. */
    public String text(String locale, String key, Object... args) {
        return messages.get(Messages.locale(locale), key, args);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * @param path        this page's path in this locale, for the canonical link
     * @param otherLocale where the same page lives in another locale (null when it does not exist)
     */
    public PageModel page(Content content, String locale, String title, String description, String path,
                          Function<String, String> otherLocale, String query) {
        SiteConfig site = content.site();
        SitePaths paths = content.paths();
        SiteLocale siteLocale = site.locale(locale).orElse(site.defaultSiteLocale());
        List<Link> languages = site.locales().stream().map(l -> {
            String url = otherLocale == null ? null : otherLocale.apply(l.code());
            return new Link(l.name(), url == null ? paths.home(l.code()) : url, l.code(), l.code().equals(locale));
        }).toList();
        List<Link> alternates = otherLocale == null ? List.of() : site.locales().stream()
                .map(l -> new Link(l.name(), otherLocale.apply(l.code()), l.code(), l.code().equals(locale)))
                .filter(l -> l.url() != null)
                .map(l -> new Link(l.label(), baseUrl + l.url(), l.lang(), l.current()))
                .toList();
        return new PageModel(locale, siteLocale.title(), title == null ? siteLocale.title() : title,
                description == null || description.isBlank() ? siteLocale.description() : description,
                path == null ? null : baseUrl + path, alternates, languages, content.categories(locale),
                paths.home(locale), paths.page(locale, "search"), paths.page(locale, "contact"), query,
                site.support().email(), site.support().phone(),
                site.support().hours().text(locale, site.defaultLocale()), site.support().social(), drafts);
    }

    public void render(Context ctx, String template, PageModel page, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("page", page);
        ctx.attribute(ThymeleafRenderer.LOCALE_ATTRIBUTE, Messages.locale(page.locale()));
        ctx.header("Content-Language", page.locale());
        ctx.render(template + ".html", model);
    }
}
