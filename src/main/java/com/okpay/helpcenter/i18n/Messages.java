package com.okpay.helpcenter.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface texts in each language. Each feature keeps its own bundle
 * ({@code i18n/<feature>*.properties}); a key is looked up in each bundle in turn. A locale without
 * its own file falls back to the English base file, never to the JVM's default locale.
 */
public final class Messages {
    /** Every bundle the site uses; a feature with texts adds its base name here. */
    public static final List<String> BUNDLES = List.of("i18n/messages", "i18n/search", "i18n/contact",
            "i18n/pages", "i18n/insights", "i18n/publish");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final Map<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    public String get(Locale locale, String key, Object... args) {
        for (ResourceBundle bundle : bundles.computeIfAbsent(locale, Messages::load)) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return "??" + key + "??";
    }

    public boolean has(Locale locale, String key) {
        return bundles.computeIfAbsent(locale, Messages::load).stream().anyMatch(b -> b.containsKey(key));
    }

    private static List<ResourceBundle> load(Locale locale) {
        return BUNDLES.stream().<ResourceBundle>mapMulti((name, out) -> {
            try {
                out.accept(ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK));
            } catch (MissingResourceException absent) {
                // that feature has no texts yet
            }
        }).toList();
    }

    public static Locale locale(String code) {
        return Locale.forLanguageTag(code);
    }
}
