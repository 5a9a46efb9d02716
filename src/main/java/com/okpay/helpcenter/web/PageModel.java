package com.okpay.helpcenter.web;

import com.okpay.helpcenter.seo.Alternates;
import com.okpay.helpcenter.seo.HeadMeta;
import java.util.List;

/**
 * What the shared layout needs on every page: the locale's frame (site name, navigation, support)
 * and this page's head. Page-specific data travels beside it in a view of its own kind.
 */
public record PageModel(SiteFrame site, PageHead head) {

    public String locale() {
        return site.locale();
    }

    /** The full {@code <title>}: the page's own title, then the site's. */
    public String documentTitle() {
        return head.title() == null || head.title().equals(site.title()) ? site.title() : head.title() + " | " + site.title();
    }

    /** The same page with what its controller knows for search engines (article type, JSON-LD). */
    public PageModel withMeta(HeadMeta newMeta) {
        return new PageModel(site, head.withMeta(newMeta));
    }

    /** Open Graph writes locales with an underscore: {@code zh_CN}. */
    public String ogLocale() {
        return site.locale().replace('-', '_');
    }

    public List<String> ogAlternateLocales() {
        return head.alternates().stream().map(Link::lang)
                .filter(l -> !l.equals(site.locale()) && !l.equals(Alternates.X_DEFAULT))
                .map(l -> l.replace('-', '_')).toList();
    }
}
