package com.okpay.helpcenter.contact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The problems found in a form: field name to message key, in the order the fields appear. */
public record FormErrors(Map<String, String> byField) {

    public FormErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key for {@code field}, or null when the field is fine. */
    public String get(String field) {
        return byField.get(field);
    }
}
