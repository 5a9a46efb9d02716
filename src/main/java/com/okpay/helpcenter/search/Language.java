package com.okpay.helpcenter.search;

import java.util.Locale;

/** How a locale's text is cut into terms: Chinese needs segmentation and bigrams, English stemming. */
enum Language {
    CHINESE, ENGLISH, OTHER;

    static Language of(String locale) {
        String language = locale.toLowerCase(Locale.ROOT);
        if (language.startsWith("zh")) {
            return CHINESE;
        }
        return language.startsWith("en") ? ENGLISH : OTHER;
    }
}
