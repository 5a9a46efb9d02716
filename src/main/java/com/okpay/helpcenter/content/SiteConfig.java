package com.okpay.helpcenter.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything site.yml declares: languages, support contacts, contact topics and tips, and the
 * address where an article's source can be edited ({@code editUrl} with {@code {path}}; null for none).
 */
public record SiteConfig(String defaultLocale, List<SiteLocale> locales, Support support,
                         List<ContactTopic> topics, Map<String, List<String>> tips, String editUrl) {

    public SiteConfig {
        locales = List.copyOf(locales);
        topics = List.copyOf(topics);
        tips = Map.copyOf(tips);
    }

    public Optional<SiteLocale> locale(String code) {
        return locales.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public boolean hasLocale(String code) {
        return locale(code).isPresent();
    }

    /**
     * The locale a URL prefix stands for: no prefix is the default locale; the default locale's own
     * code or an unknown code is no locale at all (a page not found), so every page has one address.
     */
    public Optional<String> localeOfPrefix(String prefix) {
        if (prefix == null) {
            return Optional.of(defaultLocale);
        }
        return prefix.equals(defaultLocale) || !hasLocale(prefix) ? Optional.empty() : Optional.of(prefix);
    }

    public SiteLocale defaultSiteLocale() {
        return locale(defaultLocale).orElseThrow();
    }

    public Optional<ContactTopic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<String> tips(String locale) {
        return tips.getOrDefault(locale, tips.getOrDefault(defaultLocale, List.of()));
    }
}
