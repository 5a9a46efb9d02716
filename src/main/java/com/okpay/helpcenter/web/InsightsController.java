package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.insights.Chart;
import com.okpay.helpcenter.insights.Csv;
import com.okpay.helpcenter.insights.InsightsModule;
import com.okpay.helpcenter.insights.Period;
import com.okpay.helpcenter.insights.Report;
import com.okpay.helpcenter.insights.ReportTables;
import com.okpay.helpcenter.insights.Table;
import com.okpay.helpcenter.insights.Texts;
import com.okpay.helpcenter.site.LiveSite;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The editors' insights page ({@code /admin/insights}) and the CSV download of each of its tables. */
final class InsightsController {
    private static final Logger log = LoggerFactory.getLogger(InsightsController.class);
    static final List<Integer> RANGES = List.of(7, 30, 90);
    private static final int ROWS = 20;
    private static final int CSV_ROWS = 1000;
    private static final List<String> SEARCH_TABLES = List.of("zero-results", "top-searches", "no-clicks");
    private static final List<String> OTHER_TABLES = List.of("most-viewed", "helpfulness", "contact-topics", "deflection");

    private final LiveSite site;
    private final Pages pages;
    private final ErrorPages errors;
    private final AdminGate gate;
    private final InsightsModule insights;

    InsightsController(LiveSite site, Pages pages, ErrorPages errors, AdminGate gate, InsightsModule insights) {
        this.site = site;
        this.pages = pages;
        this.errors = errors;
        this.gate = gate;
        this.insights = insights;
    }

    void dashboard(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        if (!gate.signedIn(ctx, content, locale)) {
            return;
        }
        Period period = period(ctx, content);
        Optional<Report> report = read(ctx, content, period, ROWS);
        if (report.isEmpty()) {
            return;
        }
        Texts texts = (key, args) -> pages.text(locale, key, args);
        ReportTables tables = new ReportTables(content, locale, texts, insights.settings().zone());
        String path = content.paths().page(locale, AdminGate.INSIGHTS);
        String query = "?days=" + period.days() + period.locale().map(l -> "&locale=" + l).orElse("");
        InsightsView view = new InsightsView(path, ranges(locale, period), locales(content, locale, period),
                figures(report.get(), locale), tableViews(SEARCH_TABLES, tables, report.get(), path, query),
                Chart.of(report.get(), texts), tableViews(List.of("daily"), tables, report.get(), path, query).get(0),
                tableViews(OTHER_TABLES, tables, report.get(), path, query), status(locale),
                content.paths().page(locale, "admin/logout"), gate.access().logoutCsrf(gate.session(ctx)));
        PageModel page = pages.page(content, locale).titled(pages.text(locale, "insights.title"))
                .at(null, other -> content.paths().page(other, AdminGate.INSIGHTS) + query).build();
        pages.render(ctx, "insights", page, new PageViews.Insights(view));
    }

    void export(Context ctx) {
        Content content = site.current().content();
        String locale = RequestLocale.of(ctx, content);
        if (!gate.signedIn(ctx, content, locale)) {
            return;
        }
        String id = ctx.pathParam("table");
        if (!ReportTables.IDS.contains(id)) {
            throw new NotFoundResponse();
        }
        Period period = period(ctx, content);
        Optional<Report> report = read(ctx, content, period, CSV_ROWS);
        if (report.isEmpty()) {
            return;
        }
        Table table = new ReportTables(content, locale, (key, args) -> pages.text(locale, key, args),
                insights.settings().zone()).table(id, report.get());
        String file = "insights-" + id + "-" + period.from() + "-to-" + period.to()
                + period.locale().map(l -> "-" + l).orElse("") + ".csv";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("text/csv; charset=utf-8").result(Csv.of(table));
    }

    private Optional<Report> read(Context ctx, Content content, Period period, int rows) {
        try {
            return Optional.of(insights.reader().read(period, rows));
        } catch (SQLException e) {
            log.error("could not read insights", e);
            errors.renderError(ctx, content, HttpStatus.SERVICE_UNAVAILABLE, "insights.unavailable");
            return Optional.empty();
        }
    }

    /** {@code ?days=7|30|90&locale=CODE}; anything else means the last 7 days in every locale. */
    private Period period(Context ctx, Content content) {
        String days = QueryText.param(ctx.queryString(), "days");
        int chosen = RANGES.stream().filter(r -> r.toString().equals(days)).findFirst().orElse(RANGES.get(0));
        String locale = QueryText.param(ctx.queryString(), "locale");
        return Period.lastDays(chosen, Optional.ofNullable(locale).filter(content.site()::hasLocale),
                insights.clock().instant(), insights.settings().zone());
    }

    private List<InsightsView.Option> ranges(String locale, Period period) {
        return RANGES.stream().map(r -> new InsightsView.Option(r.toString(),
                pages.text(locale, "insights.filter.lastDays", r), r == period.days())).toList();
    }

    private List<InsightsView.Option> locales(Content content, String locale, Period period) {
        List<InsightsView.Option> options = new ArrayList<>();
        options.add(new InsightsView.Option("", pages.text(locale, "insights.filter.allLocales"), period.locale().isEmpty()));
        content.site().locales().forEach(l -> options.add(new InsightsView.Option(l.code(), l.name(),
                period.locale().filter(l.code()::equals).isPresent())));
        return options;
    }

    private List<InsightsView.Figure> figures(Report report, String locale) {
        return List.of(
                new InsightsView.Figure(pages.text(locale, "insights.figure.searches"), Long.toString(report.searches())),
                new InsightsView.Figure(pages.text(locale, "insights.figure.zeroShare"),
                        ReportTables.share(report.zeroResultSearches(), report.searches())),
                new InsightsView.Figure(pages.text(locale, "insights.figure.contactRequests"),
                        Long.toString(report.contactRequests())),
                new InsightsView.Figure(pages.text(locale, "insights.figure.deflection"),
                        ReportTables.share(report.deflection().rate())));
    }

    private static List<InsightsView.TableView> tableViews(List<String> ids, ReportTables tables, Report report,
                                                           String path, String query) {
        return ids.stream().map(id -> new InsightsView.TableView(tables.table(id, report),
                path + "/export/" + id + query)).toList();
    }

    private String status(String locale) {
        InsightsModule.Status status = insights.status();
        if (!status.recording()) {
            return pages.text(locale, "insights.status.off");
        }
        return pages.text(locale, "insights.status.text", status.written(), status.dropped(), status.lost(),
                insights.settings().retention().toDays());
    }
}
