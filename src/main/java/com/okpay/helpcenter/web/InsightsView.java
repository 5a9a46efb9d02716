package com.okpay.helpcenter.web;

import com.okpay.helpcenter.insights.Chart;
import com.okpay.helpcenter.insights.Table;
import java.util.List;

/**
 * Everything insights.html shows, in the editor's language: the filter, the headline figures,
 * the search tables, the charts with their numbers, the other tables, and how recording goes.
 */
record InsightsView(String action, List<Option> ranges, List<Option> locales, List<Figure> figures,
                    List<TableView> searchTables, List<Chart> charts, TableView daily, List<TableView> otherTables,
                    String status, String logoutAction, String logoutCsrf) {

    record Option(String value, String label, boolean selected) {
    }

    record Figure(String label, String value) {
    }

    /** A table and the address of its CSV download for the same period and locale. */
    record TableView(Table table, String csvUrl) {
    }
}
