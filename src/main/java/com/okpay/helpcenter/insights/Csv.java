package com.okpay.helpcenter.insights;

import java.util.List;

/**
 * A table as CSV (RFC 4180) that spreadsheets open safely: starts with a byte order mark so
 * Excel reads the Chinese as UTF-8, quotes cells that need it, and defuses cells a spreadsheet
 * would take for a formula (starting with = + - @, tab or carriage return) with a leading quote.
 * Queries and comments are typed by visitors, so such cells do arrive.
 */
public final class Csv {
    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static String of(Table table) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, table.columns().stream().map(Table.Column::label).toList());
        for (List<Table.Cell> row : table.rows()) {
            line(out, row.stream().map(Table.Cell::text).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
