package com.okpay.helpcenter.web;

import com.okpay.helpcenter.search.SearchHit;
import java.util.List;
import org.unbescape.html.HtmlEscape;

/**
 * The two lists of search-results.html that repeat for each item, its category filters and its
 * hits, written here instead of by {@code th:each}: Thymeleaf processed six attributes for each of
 * the 20-30 filters and four for each of the ten hits of a page, which was the largest part of the
 * results template's cost, itself about a quarter of a new search's CPU at 12 000 articles
 * (BENCHMARKS.md). The markup is exactly what the template's loops made, indentation included, and
 * every value is escaped as Thymeleaf escapes it ({@code ResultsMarkupTest} renders the old loops
 * and compares). HTML made by the highlighter ({@code titleHtml}, {@code snippetHtml}) is inserted
 * as it is, as {@code th:utext} did.
 */
final class ResultsMarkup {
    private ResultsMarkup() {
    }

    /**
     * Each filter as {@code <li><a href="URL" aria-current="page"><span>LABEL</span>
     * <span class="filter-count">COUNT</span></a></li>} (the current one only with
     * {@code aria-current}, "all" without a count), on the lines the template had them.
     *
     * @param allLabel the label of the filter for all categories (its label is null)
     */
    static String filters(List<SearchPageModel.Filter> filters, String allLabel) {
        StringBuilder html = new StringBuilder(filters.size() * 200);
        for (SearchPageModel.Filter filter : filters) {
            if (!html.isEmpty()) {
                html.append("\n        ");
            }
            html.append("<li>\n          <a href=\"").append(escape(filter.url())).append('"');
            if (filter.current()) {
                html.append(" aria-current=\"page\"");
            }
            html.append(">\n            <span>").append(escape(filter.label() == null ? allLabel : filter.label()))
                    .append("</span>\n            ");
            if (filter.count() >= 0) {
                html.append("<span class=\"filter-count\">").append(filter.count()).append("</span>");
            }
            html.append("\n          </a>\n        </li>");
        }
        return html.toString();
    }

    /** Each hit as {@code <li>} with its linked title, its category and its snippet, on the template's lines. */
    static String hits(List<SearchHit> hits) {
        StringBuilder html = new StringBuilder(hits.size() * 600);
        for (SearchHit hit : hits) {
            if (!html.isEmpty()) {
                html.append("\n      ");
            }
            html.append("<li>\n        <h2 class=\"result-title\"><a href=\"").append(escape(hit.url())).append("\">")
                    .append(orEmpty(hit.titleHtml())).append("</a></h2>\n        <p class=\"result-category\">")
                    .append(escape(hit.categoryTitle())).append("</p>\n        <p class=\"result-snippet\">")
                    .append(orEmpty(hit.snippetHtml())).append("</p>\n      </li>");
        }
        return html.toString();
    }

    /** As Thymeleaf escapes text and attribute values in HTML; null prints nothing. */
    private static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }

    private static String orEmpty(String html) {
        return html == null ? "" : html;
    }
}
