package com.okpay.helpcenter.seo;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page's head tells search engines and link previews beyond its title: the Open Graph type,
 * the modification date of an article, the locale's feed and search description, and JSON-LD.
 */
public record HeadMeta(String type, LocalDate modified, String feedUrl, String openSearchUrl,
                       List<String> structuredData) {

    public HeadMeta {
        structuredData = List.copyOf(structuredData);
    }

    public static HeadMeta website(String feedUrl, String openSearchUrl) {
        return new HeadMeta("website", null, feedUrl, openSearchUrl, List.of());
    }

    public HeadMeta withStructuredData(List<String> data) {
        return new HeadMeta(type, modified, feedUrl, openSearchUrl, data);
    }

    public HeadMeta asArticle(LocalDate modifiedOn, List<String> data) {
        return new HeadMeta("article", modifiedOn, feedUrl, openSearchUrl, data);
    }
}
