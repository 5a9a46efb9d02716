package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.insights.Report.QueryStats;
import com.okpay.helpcenter.insights.Report.TopicCount;
import com.okpay.helpcenter.insights.Table.Cell;
import com.okpay.helpcenter.insights.Table.Column;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a {@link Report} into tables in one language, naming articles and contact topics as the
 * current content does (an article that is gone keeps its key).
 */
public final class ReportTables {
    public static final List<String> IDS = List.of("zero-results", "top-searches", "no-clicks", "most-viewed",
            "helpfulness", "contact-topics", "deflection", "daily");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Content content;
    private final String language;
    private final Texts texts;
    private final ZoneId zone;

    /** @param language the locale of the texts, for topic labels */
    public ReportTables(Content content, String language, Texts texts, ZoneId zone) {
        this.content = content;
        this.language = language;
        this.texts = texts;
        this.zone = zone;
    }

    public List<Table> all(Report report) {
        return IDS.stream().map(id -> table(id, report)).toList();
    }

    /** The table with this id; unknown ids are the caller's to refuse (see {@link #IDS}). */
    public Table table(String id, Report report) {
        return switch (id) {
            case "zero-results" -> queries(id, report.zeroResults(), List.of("query", "locale", "searches", "lastSeen",
                    "example"), q -> List.of(query(q), Cell.of(q.locale()), Cell.of(q.searches()), time(q.lastSeen()),
                    Cell.of(q.example())));
            case "top-searches" -> queries(id, report.topSearches(), List.of("query", "locale", "searches", "clickRate",
                    "zeroResults", "lastSeen"), q -> List.of(query(q), Cell.of(q.locale()), Cell.of(q.searches()),
                    percent(q.clicked(), q.searches()), Cell.of(q.zeroResults()), time(q.lastSeen())));
            case "no-clicks" -> queries(id, report.unclicked(), List.of("query", "locale", "searches", "unclicked",
                    "lastSeen"), q -> List.of(query(q), Cell.of(q.locale()), Cell.of(q.searches()),
                    Cell.of(q.unclicked()), time(q.lastSeen())));
            case "most-viewed" -> table(id, columns("article", "locale", "views"), report.mostViewed().stream()
                    .map(v -> List.of(article(v.article()), Cell.of(v.locale()), Cell.of(v.views()))).toList());
            case "helpfulness" -> table(id, columns("article", "locale", "yes", "no", "helpfulShare", "comments"),
                    report.leastHelpful().stream().map(h -> List.of(article(h.article()),
                            Cell.of(h.article().substring(0, Math.max(0, h.article().indexOf('/')))), Cell.of(h.yes()),
                            Cell.of(h.no()), percent(h.yes(), h.yes() + h.no()), Cell.of(String.join("\n", h.comments()))))
                            .toList());
            case "contact-topics" -> contactTopics(report.contactTopics());
            case "deflection" -> table(id, columns("contactRequests", "suggestionVisits", "deflected", "deflectionRate"),
                    List.of(List.of(Cell.of(report.deflection().contactRequests()), Cell.of(report.deflection().opened()),
                            Cell.of(report.deflection().deflected()), percent(report.deflection().rate()))));
            case "daily" -> table(id, columns("date", "searches", "zeroResults", "zeroShare", "contactRequests"),
                    report.daily().stream().map(d -> List.of(Cell.of(d.date()), Cell.of(d.searches()),
                            Cell.of(d.zeroResults()), percent(d.zeroResultShare()), Cell.of(d.contactRequests()))).toList());
            default -> throw new IllegalArgumentException("no insights table " + id);
        };
    }

    private Table queries(String id, List<QueryStats> rows, List<String> columns, Function<QueryStats, List<Cell>> row) {
        return table(id, columns.stream().map(this::column).toList(), rows.stream().map(row).toList());
    }

    /** Weeks down, topics across (in the site's order, then any topic no longer offered), totals last. */
    private Table contactTopics(List<TopicCount> counts) {
        Set<String> topics = new LinkedHashSet<>();
        content.site().topics().forEach(t -> topics.add(t.id()));
        counts.forEach(c -> topics.add(c.topic()));
        Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
        counts.forEach(c -> weeks.computeIfAbsent(c.week(), w -> new TreeMap<>()).merge(c.topic(), c.requests(), Long::sum));
        List<Column> columns = new ArrayList<>();
        columns.add(column("week"));
        topics.forEach(t -> columns.add(new Column(topicLabel(t), true)));
        columns.add(column("total"));
        List<List<Cell>> rows = new ArrayList<>();
        weeks.forEach((week, byTopic) -> {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(week));
            topics.forEach(t -> row.add(Cell.of(byTopic.getOrDefault(t, 0L))));
            row.add(Cell.of(byTopic.values().stream().mapToLong(Long::longValue).sum()));
            rows.add(row);
        });
        return table("contact-topics", columns, rows);
    }

    private Table table(String id, List<Column> columns, List<List<Cell>> rows) {
        String prefix = "insights.table." + id;
        return new Table(id, texts.get(prefix + ".title"), texts.get(prefix + ".description"), columns, rows,
                texts.get("insights.table.empty"));
    }

    private List<Column> columns(String... keys) {
        return List.of(keys).stream().map(this::column).toList();
    }

    private Column column(String key) {
        return new Column(texts.get("insights.column." + key), !Set.of("query", "locale", "lastSeen", "example",
                "article", "comments", "week", "date").contains(key));
    }

    private String topicLabel(String topic) {
        return content.site().topic(topic).map(t -> t.label().text(language, content.site().defaultLocale()))
                .orElse(topic);
    }

    /** The query, linked to the search it stands for, so an editor sees what customers saw. */
    private Cell query(QueryStats q) {
        String url = content.site().hasLocale(q.locale()) ? content.paths().page(q.locale(), "search") + "?q="
                + URLEncoder.encode(q.query(), StandardCharsets.UTF_8) : null;
        return new Cell(q.query(), url);
    }

    private Cell article(String key) {
        String[] parts = key.split("/", 3);
        return parts.length < 3 ? Cell.of(key) : content.article(parts[0], parts[1], parts[2])
                .map(a -> new Cell(a.title(), a.url())).orElse(Cell.of(key));
    }

    private Cell time(Instant instant) {
        return Cell.of(TIME.format(instant.atZone(zone)));
    }

    private static Cell percent(long part, long whole) {
        return Cell.of(share(part, whole));
    }

    private static Cell percent(double share) {
        return Cell.of(share(share));
    }

    /** A share as the page and the report print it, {@code 12.5%}; 0% of nothing. */
    public static String share(long part, long whole) {
        return share(whole == 0 ? 0 : (double) part / whole);
    }

    public static String share(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
