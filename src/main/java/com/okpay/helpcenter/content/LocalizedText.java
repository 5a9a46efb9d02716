package com.okpay.helpcenter.content;

import java.util.Map;

/** A short text written once per locale in site.yml, e.g. business hours or a topic label. */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(text == null ? Map.of() : Map.of("", text));
    }

    /** The text for {@code locale}, else the default locale's, else any, else empty. */
    public String text(String locale, String defaultLocale) {
        String text = values.get(locale);
        if (text == null) {
            text = values.get(defaultLocale);
        }
        if (text == null) {
            text = values.get("");
        }
        if (text == null && !values.isEmpty()) {
            text = values.values().iterator().next();
        }
        return text == null ? "" : text;
    }
}
