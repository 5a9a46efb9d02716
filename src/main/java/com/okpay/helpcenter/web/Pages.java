package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteConfig;
import com.okpay.helpcenter.content.SiteLocale;
import com.okpay.helpcenter.content.SitePaths;
import com.okpay.helpcenter.seo.Alternates;
import com.okpay.helpcenter.seo.HeadMeta;
import com.okpay.helpcenter.seo.SeoController;
import com.okpay.helpcenter.seo.StructuredData;
import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.RenderedPage;
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
    private final StructuredData structuredData;
    private final ThymeleafRenderer renderer;

    public Pages(String baseUrl, boolean drafts, Messages messages, ThymeleafRenderer renderer) {
        this.renderer = renderer;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.messages = messages;
        this.structuredData = new StructuredData(baseUrl);
    }

    /** JSON-LD for the pages that search engines show richly. */
    public StructuredData structuredData() {
        return structuredData;
    }

    /** An interface text in the page's language, for titles built in Java. */
    public String text(String locale, String key, Object... args) {
        return messages.get(Messages.locale(locale), key, args);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean drafts() {
        return drafts;
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
            return new Link(l.name(), switchTo(url == null ? paths.home(l.code()) : url, l.code(), query),
                    l.code(), l.code().equals(locale));
        }).toList();
        List<Link> alternates = otherLocale == null ? List.of() : Alternates.of(site, otherLocale).entrySet().stream()
                .map(e -> new Link(e.getKey(), baseUrl + e.getValue(), e.getKey(), e.getKey().equals(locale)))
                .toList();
        return new PageModel(locale, siteLocale.title(), title == null ? siteLocale.title() : title,
                description == null || description.isBlank() ? siteLocale.description() : description,
                path == null ? null : baseUrl + path, alternates, languages, content.categories(locale),
                paths.home(locale), paths.page(locale, "search"), paths.page(locale, "contact"), query,
                site.support().email(), site.support().phone(),
                site.support().hours().text(locale, site.defaultLocale()), site.support().social(), drafts,
                HeadMeta.website(paths.page(locale, SeoController.FEED), paths.page(locale, SeoController.OPENSEARCH)));
    }

    /**
     * A language switcher link: it says which language was chosen (see {@link LanguageChoice}),
     * and a search keeps its words.
     */
    private static String switchTo(String url, String locale, String query) {
        String choice = "?" + HomeController.CHOICE_PARAM + "=" + locale;
        return query == null || query.isBlank() ? url + choice
                : url + choice + "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A page rendered to bytes once, to be served to every visitor who asks for it. */
    public RenderedPage html(String template, PageModel page, Map<String, Object> data, int status,
                             Compression.Effort effort) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("page", page);
        String html = renderer.render(template + ".html", model, Messages.locale(page.locale()));
        return RenderedPage.html(html, page.locale(), status, effort);
    }

    public void render(Context ctx, String template, PageModel page, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("page", page);
        ctx.attribute(ThymeleafRenderer.LOCALE_ATTRIBUTE, Messages.locale(page.locale()));
        ctx.header("Content-Language", page.locale());
        ctx.render(template + ".html", model);
    }
}
