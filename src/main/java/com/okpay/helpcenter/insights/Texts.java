package com.okpay.helpcenter.insights;

/** The interface texts of one language, by key. */
@FunctionalInterface
public interface Texts {
    String get(String key, Object... args);
}
