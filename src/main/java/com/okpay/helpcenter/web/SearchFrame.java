package com.okpay.helpcenter.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;

/**
 * A results page of one locale with holes where its query and its results go: the layout (head,
 * header, footer) is the same for every search but for the query in the title, the search box and
 * the language links, so it is rendered once per content version and locale, and each new search
 * renders only its results. Rendering the layout again for every search was about a tenth of the
 * CPU of a new search at 12 000 articles (BENCHMARKS.md).
 *
 * <p>The frame is rendered by Thymeleaf from the page's own template with {@link #QUERY} for the
 * query and {@link #RESULTS} for the results, then cut at each of them. Filling it in escapes the
 * query as Thymeleaf does ({@code th:text} and attributes alike), so the page's bytes are those of
 * the template rendered with the real query (SearchFrameTest compares them).
 */
final class SearchFrame {
    /**
     * Stands for the query: letters that no escaping changes, and a space, which URL encoding turns
     * into {@code +}: that tells a query in a link from a query in text.
     */
    static final String QUERY = "hcQueryHole hcQueryHole";
    /** Stands for the results (inserted unescaped). */
    static final String RESULTS = "<hc-results-hole/>";
    private static final String QUERY_IN_URL = URLEncoder.encode(QUERY, StandardCharsets.UTF_8);
    private static final Pattern HOLES = Pattern.compile(
            Pattern.quote(QUERY) + "|" + Pattern.quote(QUERY_IN_URL) + "|" + Pattern.quote(RESULTS));

    private enum Hole { TEXT, URL, RESULTS }

    /** The text between the holes: one more than there are holes. */
    private final String[] literals;
    private final Hole[] holes;
    private final int length;

    private SearchFrame(String[] literals, Hole[] holes) {
        this.literals = literals;
        this.holes = holes;
        int total = 0;
        for (String literal : literals) {
            total += literal.length();
        }
        this.length = total;
    }

    /** Cuts a page rendered with {@link #QUERY} and {@link #RESULTS} at each of them. */
    static SearchFrame of(String rendered) {
        List<String> literals = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        Matcher hole = HOLES.matcher(rendered);
        int at = 0;
        while (hole.find()) {
            literals.add(rendered.substring(at, hole.start()));
            holes.add(hole.group().equals(QUERY) ? Hole.TEXT : hole.group().equals(RESULTS) ? Hole.RESULTS : Hole.URL);
            at = hole.end();
        }
        literals.add(rendered.substring(at));
        if (holes.stream().filter(h -> h == Hole.RESULTS).count() != 1) {
            throw new IllegalStateException("the search page's layout must show its results once");
        }
        return new SearchFrame(literals.toArray(String[]::new), holes.toArray(Hole[]::new));
    }

    /** The page of {@code query}; {@code results} is HTML rendered by the results template. */
    String fill(String query, String results) {
        String text = HtmlEscape.escapeHtml4Xml(query);
        String url = HtmlEscape.escapeHtml4Xml(URLEncoder.encode(query, StandardCharsets.UTF_8));
        StringBuilder page = new StringBuilder(length + results.length() + holes.length * (url.length() + 8));
        for (int i = 0; i < holes.length; i++) {
            page.append(literals[i]).append(switch (holes[i]) {
                case TEXT -> text;
                case URL -> url;
                case RESULTS -> results;
            });
        }
        return page.append(literals[holes.length]).toString();
    }
}
