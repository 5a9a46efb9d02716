package com.okpay.helpcenter.seo;

import com.okpay.helpcenter.content.SiteConfig;
import com.okpay.helpcenter.content.SiteLocale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where one page lives in each locale, as {@code hreflang -> path}. Shared by the page head and the
 * sitemap so that search engines read the same language versions in both places.
 */
public final class Alternates {
    /** The version for visitors whose language the site does not speak: the default locale's. */
    public static final String X_DEFAULT = "x-default";

    private Alternates() {
    }

    /** @param pathIn the page's path in a locale, or null where it has no version */
    public static Map<String, String> of(SiteConfig site, Function<String, String> pathIn) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (SiteLocale locale : site.locales()) {
            String path = pathIn.apply(locale.code());
            if (path != null) {
                versions.put(locale.code(), path);
            }
        }
        String fallback = versions.get(site.defaultLocale());
        if (versions.size() > 1 && fallback != null) {
            versions.put(X_DEFAULT, fallback);
        }
        return Collections.unmodifiableMap(versions);
    }
}
