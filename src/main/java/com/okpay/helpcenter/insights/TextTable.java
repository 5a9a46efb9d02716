package com.okpay.helpcenter.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as plain text for a terminal, a cron mail or a chat post: columns aligned by display
 * width, so Chinese text (two columns per character) lines up too.
 */
final class TextTable {
    private static final int MAX_CELL = 60;

    private TextTable() {
    }

    static String of(Table table) {
        StringBuilder out = new StringBuilder();
        out.append(table.title()).append('\n');
        if (table.rows().isEmpty()) {
            return out.append("  ").append(table.empty()).append('\n').toString();
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.columns().stream().map(Table.Column::label).toList());
        table.rows().forEach(row -> lines.add(row.stream().map(c -> shorten(c.text())).toList()));
        int[] widths = new int[table.columns().size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder(" ");
            for (int i = 0; i < widths.length; i++) {
                String padding = " ".repeat(widths[i] - width(line.get(i)));
                text.append(' ').append(table.columns().get(i).number() ? padding + line.get(i) : line.get(i) + padding);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** One line per cell: line breaks become " / ", long texts end in "...". */
    private static String shorten(String text) {
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " / ").strip();
        if (width(line) <= MAX_CELL) {
            return line;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            used += width(cp);
            if (used > MAX_CELL - 3) {
                break;
            }
            cut.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return cut + "...";
    }

    static int width(String text) {
        return text.codePoints().map(TextTable::width).sum();
    }

    /** East Asian wide and full-width characters take two columns in a terminal. */
    private static int width(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1;
    }
}
