package com.okpay.helpcenter.seo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's HTML made fit to be read away from our pages (feed readers, search results):
 * site-relative links and images become absolute and the "#" heading anchors go.
 */
final class PortableHtml {
    private PortableHtml() {
    }

    static Document of(String articleHtml, String baseUrl) {
        Document doc = Jsoup.parseBodyFragment(articleHtml);
        doc.outputSettings().prettyPrint(false);
        doc.select(".heading-anchor").remove();
        for (Element element : doc.select("a[href^=/], img[src^=/]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            if (!element.attr(attribute).startsWith("//")) {
                element.attr(attribute, baseUrl + element.attr(attribute));
            }
        }
        return doc;
    }

    static String html(String articleHtml, String baseUrl) {
        return of(articleHtml, baseUrl).body().html().strip();
    }
}
