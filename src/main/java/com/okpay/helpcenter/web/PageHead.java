package com.okpay.helpcenter.web;

import com.okpay.helpcenter.seo.HeadMeta;
import java.util.List;

/**
 * What tells browsers and search engines which page this is: its title and description, its
 * canonical address and language versions, and the search words it shows (for the search box).
 */
public record PageHead(String title, String description, String canonical, List<Link> alternates,
                       List<Link> languages, String query, HeadMeta meta) {

    public PageHead {
        alternates = List.copyOf(alternates);
        languages = List.copyOf(languages);
    }

    PageHead withMeta(HeadMeta newMeta) {
        return new PageHead(title, description, canonical, alternates, languages, query, newMeta);
    }
}
