package com.okpay.helpcenter.content;

/**
 * Builds every public URL of the site. Articles and categories live under {@code /articles} so no
 * category slug can shadow /search, /contact or /static; other locales than the default one are
 * prefixed with their code.
 */
public record SitePaths(String defaultLocale) {

    public static final String ARTICLES = "/articles";
    public static final String MEDIA = "/media";

    public String prefix(String locale) {
        return locale.equals(defaultLocale) ? "" : "/" + locale;
    }

    public String home(String locale) {
        String prefix = prefix(locale);
        return prefix.isEmpty() ? "/" : prefix;
    }

    public String category(String locale, String category) {
        return prefix(locale) + ARTICLES + "/" + category;
    }

    public String article(String locale, String category, String slug) {
        return category(locale, category) + "/" + slug;
    }

    public String page(String locale, String page) {
        return prefix(locale) + "/" + page;
    }

    /** Images and other files that sit next to the articles in the content folder. */
    public String media(String locale, String category, String file) {
        return MEDIA + "/" + locale + "/" + category + "/" + file;
    }
}
