package com.okpay.helpcenter.seo;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serializes one schema.org object for a {@code <script type="application/ld+json">} block. The
 * page prints it unescaped, so every character that could end the script element or start
 * markup is written as a JSON unicode escape instead.
 */
final class JsonLd {
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

    /**
     * Written here rather than with Jackson: a page's JSON-LD is a few strings, numbers, objects
     * and lists, and loading Jackson cost the first page of every start some hundred milliseconds.
     */
    String json() {
        StringBuilder out = new StringBuilder(256);
        write(out, fields);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, item);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof JsonLd nested) {
            write(out, nested.fields);
        } else if (value == null) {
            out.append("null");
        } else {
            string(out, value.toString());
        }
    }

    /** A JSON string; {@code <}, {@code >} and {@code &} escaped too, since the page prints it unescaped. */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    Map<String, Object> fields() {
        return fields;
    }
}
