package com.okpay.helpcenter.contact;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a mail as labelled fields and an optional long text, rendered once as plain text
 * and once as a simple HTML table. Every value is escaped in the HTML; the plain text carries
 * the values unchanged.
 */
final class MailBody {
    private record Field(String label, String value) {
    }

    private final List<String> paragraphs = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private String textLabel;
    private String text;

    MailBody paragraph(String paragraph) {
        paragraphs.add(paragraph);
        return this;
    }

    /** Adds a labelled value; null values (a detail left empty) are left out. */
    MailBody field(String label, String value) {
        if (value != null) {
            fields.add(new Field(label, value));
        }
        return this;
    }

    MailBody text(String label, String value) {
        this.textLabel = label;
        this.text = value;
        return this;
    }

    String plain() {
        StringBuilder out = new StringBuilder();
        paragraphs.forEach(p -> out.append(p).append("\n\n"));
        fields.forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
        if (text != null) {
            out.append('\n').append(textLabel).append(":\n").append(text.replace("\r\n", "\n")).append('\n');
        }
        return out.toString();
    }

    String html(String lang, String title) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(lang))
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title></head>\n<body>\n");
        paragraphs.forEach(p -> out.append("<p>").append(escape(p)).append("</p>\n"));
        if (!fields.isEmpty()) {
            out.append("<table cellpadding=\"4\">\n");
            fields.forEach(f -> out.append("<tr><th align=\"left\" valign=\"top\">").append(escape(f.label()))
                    .append("</th><td>").append(escape(f.value())).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        if (text != null) {
            out.append("<h3>").append(escape(textLabel)).append("</h3>\n")
                    .append("<div style=\"white-space: pre-wrap\">").append(escape(text.replace("\r\n", "\n")))
                    .append("</div>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
