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

    /**
     * The text between the holes (one more than there are holes), encoded once: a page is sent as
     * UTF-8, and encoding the whole page again for every search was a twentieth of its CPU (most
     * pages hold characters beyond Latin-1, which Java encodes one by one).
     */
    private final byte[][] literals;
    private final Hole[] holes;
    private final int length;

    private SearchFrame(String[] literals, Hole[] holes) {
        this.literals = new byte[literals.length][];
        this.holes = holes;
        int total = 0;
        for (int i = 0; i < literals.length; i++) {
            this.literals[i] = literals[i].getBytes(StandardCharsets.UTF_8);
            total += this.literals[i].length;
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
        return new String(utf8(query, results), StandardCharsets.UTF_8);
    }

    /** {@link #fill} as the UTF-8 bytes a response sends. */
    byte[] utf8(String query, String results) {
        byte[] text = HtmlEscape.escapeHtml4Xml(query).getBytes(StandardCharsets.UTF_8);
        byte[] url = HtmlEscape.escapeHtml4Xml(URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        byte[] between = results.getBytes(StandardCharsets.UTF_8);
        int size = length;
        for (Hole hole : holes) {
            size += hole(hole, text, url, between).length;
        }
        byte[] page = new byte[size];
        int at = 0;
        for (int i = 0; i < holes.length; i++) {
            at = put(page, at, literals[i]);
            at = put(page, at, hole(holes[i], text, url, between));
        }
        put(page, at, literals[holes.length]);
        return page;
    }

    private static byte[] hole(Hole hole, byte[] text, byte[] url, byte[] results) {
        return switch (hole) {
            case TEXT -> text;
            case URL -> url;
            case RESULTS -> results;
        };
    }

    private static int put(byte[] page, int at, byte[] part) {
        System.arraycopy(part, 0, page, at, part.length);
        return at + part.length;
    }
}
