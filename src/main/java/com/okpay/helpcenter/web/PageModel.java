package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.SocialLink;
import com.okpay.helpcenter.seo.Alternates;
import com.okpay.helpcenter.seo.HeadMeta;
import java.util.List;

/**
 * What the shared layout needs on every page: language, titles, canonical and alternate URLs,
 * navigation and the support contacts in the footer. Page-specific data travels beside it.
 */
public record PageModel(String locale, String siteTitle, String title, String description,
                        String canonical, List<Link> alternates, List<Link> languages,
                        List<Category> categories, String homeUrl, String searchUrl, String contactUrl,
                        String query, String supportEmail, String supportPhone, String supportHours,
                        List<SocialLink> social, boolean drafts, HeadMeta meta) {

    public PageModel {
        alternates = List.copyOf(alternates);
        languages = List.copyOf(languages);
        categories = List.copyOf(categories);
        social = List.copyOf(social);
    }

    /** The full {@code <title>}: the page's own title, then the site's. */
    public String documentTitle() {
        return title == null || title.equals(siteTitle) ? siteTitle : title + " | " + siteTitle;
    }

    /** The same page with what its controller knows for search engines (article type, JSON-LD). */
    public PageModel withMeta(HeadMeta newMeta) {
        return new PageModel(locale, siteTitle, title, description, canonical, alternates, languages, categories,
                homeUrl, searchUrl, contactUrl, query, supportEmail, supportPhone, supportHours, social, drafts, newMeta);
    }

    /** Open Graph writes locales with an underscore: {@code zh_CN}. */
    public String ogLocale() {
        return locale.replace('-', '_');
    }

    public List<String> ogAlternateLocales() {
        return alternates.stream().map(Link::lang)
                .filter(l -> !l.equals(locale) && !l.equals(Alternates.X_DEFAULT))
                .map(l -> l.replace('-', '_')).toList();
    }

    public String phoneHref() {
        return supportPhone == null ? null : "tel:" + supportPhone.replaceAll("[^+0-9]", "");
    }
}
