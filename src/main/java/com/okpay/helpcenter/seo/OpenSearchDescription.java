package com.okpay.helpcenter.seo;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.SiteLocale;

/**
 * The OpenSearch description that lets browsers add the help center's search as a search engine,
 * one per locale so that each searches its own language.
 */
final class OpenSearchDescription {
    /** The specification caps the short name at 16 characters. */
    static final int SHORT_NAME_MAX = 16;
    private static final String NS = "http://a9.com/-/spec/opensearch/1.1/";

    private OpenSearchDescription() {
    }

    static String xml(Content content, String locale, String baseUrl) {
        SiteLocale site = content.site().locale(locale).orElseThrow();
        String search = baseUrl + content.paths().page(locale, "search");
        return new XmlOutput()
                .start("OpenSearchDescription", "xmlns", NS)
                .text("ShortName", shortName(site.title()))
                .text("Description", site.description())
                .text("InputEncoding", "UTF-8")
                .text("Language", locale)
                .text("Image", baseUrl + "/static/img/favicon.svg", "type", "image/svg+xml")
                .empty("Url", "type", "text/html", "method", "get", "template", search + "?q={searchTerms}")
                .empty("Url", "type", SeoController.OPENSEARCH_TYPE, "rel", "self",
                        "template", baseUrl + content.paths().page(locale, SeoController.OPENSEARCH))
                .end().finish();
    }

    /** Whole words up to the limit, so "OKpay Help Center" becomes "OKpay Help", not "OKpay Help Cente". */
    static String shortName(String title) {
        if (title.codePointCount(0, title.length()) <= SHORT_NAME_MAX) {
            return title;
        }
        String cut = title.substring(0, title.offsetByCodePoints(0, SHORT_NAME_MAX));
        int space = cut.lastIndexOf(' ');
        return space > 0 ? cut.substring(0, space) : cut;
    }
}
