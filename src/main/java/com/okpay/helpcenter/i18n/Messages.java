package com.okpay.helpcenter.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
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

    /**
     * Each text looked up once per language, and a pattern with arguments parsed once: a results
     * page asks for about ten texts on every new search. A format is copied for each use (a
     * {@link MessageFormat} is not safe for concurrent use).
     */
    private final Map<Locale, Map<String, Optional<Text>>> texts = new ConcurrentHashMap<>();

    /** A text as written, and its pattern parsed (only when it is used with arguments). */
    private static final class Text {
        private final String pattern;
        private final Locale locale;
        private volatile MessageFormat format;

        Text(String pattern, Locale locale) {
            this.pattern = pattern;
            this.locale = locale;
        }

        String format(Object... args) {
            MessageFormat parsed = format;
            if (parsed == null) {
                parsed = new MessageFormat(pattern, locale);
                format = parsed;
            }
            return ((MessageFormat) parsed.clone()).format(args);
        }
    }

    public String get(Locale locale, String key, Object... args) {
        Map<String, Optional<Text>> known = texts.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        Optional<Text> text = known.get(key);
        if (text == null) {
            text = known.computeIfAbsent(key, k -> find(locale, k));
        }
        if (text.isEmpty()) {
            return "??" + key + "??";
        }
        return args.length == 0 ? text.get().pattern : text.get().format(args);
    }

    private Optional<Text> find(Locale locale, String key) {
        for (ResourceBundle bundle : bundles.computeIfAbsent(locale, Messages::load)) {
            if (bundle.containsKey(key)) {
                return Optional.of(new Text(bundle.getString(key), locale));
            }
        }
        return Optional.empty();
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
