package com.okpay.helpcenter.insights;

import java.util.List;

/**
 * One table of a report, already in words: the admin page shows it as HTML, the export as CSV,
 * the report command as plain text.
 *
 * @param id    its name in export URLs and file names
 * @param empty what to say when it has no rows
 */
public record Table(String id, String title, String description, List<Column> columns, List<List<Cell>> rows,
                    String empty) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** @param number right-aligned */
    public record Column(String label, boolean number) {
    }

    /** @param href where the cell links to, or null */
    public record Cell(String text, String href) {
        public static Cell of(Object value) {
            return new Cell(String.valueOf(value), null);
        }
    }
}
