package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteConfig;
import com.okpay.helpcenter.content.SiteLocale;
import com.okpay.helpcenter.content.SitePaths;
import com.okpay.helpcenter.i18n.Messages;
import com.okpay.helpcenter.seo.Alternates;
import com.okpay.helpcenter.seo.HeadMeta;
import com.okpay.helpcenter.seo.SeoController;
import com.okpay.helpcenter.seo.StructuredData;
import com.okpay.helpcenter.cache.Compression;
import com.okpay.helpcenter.cache.RenderedPage;
import io.javalin.http.Context;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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
     * A page of {@code locale}, its head to be filled in:
     * {@code pages.page(content, locale).titled(t).at(path, otherLocale).build()}.
     */
    public PageDraft page(Content content, String locale) {
        return new PageDraft(content, locale);
    }

    /** What every page of {@code locale} shows around its own content. */
    SiteFrame frame(Content content, String locale) {
        SiteConfig site = content.site();
        SitePaths paths = content.paths();
        SiteLocale siteLocale = siteLocale(content, locale);
        SiteFrame.Support support = new SiteFrame.Support(site.support().email(), site.support().phone(),
                site.support().hours().text(locale, site.defaultLocale()), site.support().social());
        return new SiteFrame(locale, siteLocale.title(), siteLocale.description(), content.categories(locale),
                paths.home(locale), paths.page(locale, "search"), paths.page(locale, "contact"), support, drafts);
    }

    /** The site's name in {@code locale}, as every page's frame shows it. */
    String siteTitle(Content content, String locale) {
        return siteLocale(content, locale).title();
    }

    private static SiteLocale siteLocale(Content content, String locale) {
        return content.site().locale(locale).orElse(content.site().defaultSiteLocale());
    }

    /** A page's head being filled in; what is left unset falls back to the site's title and description. */
    public final class PageDraft {
        private final Content content;
        private final String locale;
        private String title;
        private String description;
        private String path;
        private Function<String, String> otherLocale;
        private String query;

        private PageDraft(Content content, String locale) {
            this.content = content;
            this.locale = locale;
        }

        public PageDraft titled(String pageTitle) {
            this.title = pageTitle;
            return this;
        }

        public PageDraft describedAs(String pageDescription) {
            this.description = pageDescription;
            return this;
        }

        /**
         * @param pagePath  this page's path in this locale, for the canonical link
         * @param elsewhere where the same page lives in another locale (null when it does not exist)
         */
        public PageDraft at(String pagePath, Function<String, String> elsewhere) {
            this.path = pagePath;
            this.otherLocale = elsewhere;
            return this;
        }

        /** The search words the page shows, kept in the search box and across the language switcher. */
        public PageDraft showing(String searchQuery) {
            this.query = searchQuery;
            return this;
        }

        public PageModel build() {
            SiteFrame frame = frame(content, locale);
            SiteConfig site = content.site();
            SitePaths paths = content.paths();
            List<Link> languages = site.locales().stream().map(l -> {
                String url = otherLocale == null ? null : otherLocale.apply(l.code());
                return new Link(l.name(), switchTo(url == null ? paths.home(l.code()) : url, l.code(), query),
                        l.code(), l.code().equals(locale));
            }).toList();
            List<Link> alternates = otherLocale == null ? List.of() : Alternates.of(site, otherLocale).entrySet().stream()
                    .map(e -> new Link(e.getKey(), baseUrl + e.getValue(), e.getKey(), e.getKey().equals(locale)))
                    .toList();
            PageHead head = new PageHead(title == null ? frame.title() : title,
                    description == null || description.isBlank() ? frame.description() : description,
                    path == null ? null : baseUrl + path, alternates, languages, query,
                    HeadMeta.website(paths.page(locale, SeoController.FEED), paths.page(locale, SeoController.OPENSEARCH)));
            return new PageModel(frame, head);
        }
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
    RenderedPage html(String template, PageModel page, Record view, int status, Compression.Effort effort) {
        return RenderedPage.html(markup(template, page.locale(), page, view), page.locale(), status, effort);
    }

    /**
     * A template rendered to HTML text: a whole page, or a part of one ({@code page} null when the
     * part shows nothing of the layout's model).
     */
    String markup(String template, String locale, PageModel page, Record view) {
        Map<String, Object> model = components(view);
        if (page != null) {
            model.put("page", page);
        }
        return renderer.render(template + ".html", model, Messages.locale(locale));
    }

    /** A record's components by name: templates read {@code ${article}}, Java builds a typed view. */
    private static Map<String, Object> components(Record view) {
        Map<String, Object> model = new HashMap<>();
        try {
            for (RecordComponent component : view.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                model.put(component.getName(), accessor.invoke(view));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the page view " + view.getClass().getSimpleName(), e);
        }
        return model;
    }

    /** A page rendered for this request only (forms, the admin pages). */
    void render(Context ctx, String template, PageModel page, Record view) {
        Map<String, Object> model = components(view);
        model.put("page", page);
        ctx.attribute(ThymeleafRenderer.LOCALE_ATTRIBUTE, Messages.locale(page.locale()));
        ctx.header("Content-Language", page.locale());
        ctx.render(template + ".html", model);
        ctx.contentType(RenderedPage.HTML);
    }
}
