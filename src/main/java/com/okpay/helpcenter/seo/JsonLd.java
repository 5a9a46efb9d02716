package com.okpay.helpcenter.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serializes one schema.org object for a {@code <script type="application/ld+json">} block. The
 * page prints it unescaped, so every character that could end the script element or start
 * markup is written as a JSON unicode escape instead.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private JsonLd(String type, boolean root) {
        if (root) {
            fields.put("@context", "https://schema.org");
        }
        fields.put("@type", type);
    }

    static JsonLd root(String type) {
        return new JsonLd(type, true);
    }

    static JsonLd nested(String type) {
        return new JsonLd(type, false);
    }

    /** Null and empty values are left out: schema.org readers prefer no property to an empty one. */
    JsonLd put(String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof java.util.Collection<?> c && c.isEmpty())) {
            fields.put(name, value instanceof JsonLd nested ? nested.fields : value);
        }
        return this;
    }

    String json() {
        try {
            return MAPPER.writeValueAsString(fields)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    Map<String, Object> fields() {
        return fields;
    }
}
