package com.okpay.helpcenter.insights;

import com.okpay.helpcenter.insights.Report.DailyFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A bar chart of one figure per day, laid out here so the template only draws it as inline SVG
 * (no script, no chart library). Coordinates are in a fixed {@value #WIDTH} by {@value #HEIGHT}
 * view box that scales with the page. Screen readers get the title and summary; the numbers
 * themselves are in the daily table that goes with the charts.
 *
 * @param top the value at the top of the scale, as shown
 */
public record Chart(String id, String title, String summary, String top, List<Bar> bars, List<Label> labels) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    private static final double LEFT = 48;
    private static final double RIGHT = 8;
    private static final double TOP = 16;
    private static final double BOTTOM = 36;

    public Chart {
        bars = List.copyOf(bars);
        labels = List.copyOf(labels);
    }

    /** @param title the bar's tooltip: its day and value */
    public record Bar(String x, String y, String width, String height, String title) {
    }

    public record Label(String x, String text) {
    }

    public String baseline() {
        return number(HEIGHT - BOTTOM);
    }

    public String left() {
        return number(LEFT);
    }

    public String right() {
        return number(WIDTH - RIGHT);
    }

    public static List<Chart> of(Report report, Texts texts) {
        List<DailyFigures> days = report.daily();
        return List.of(
                chart("searches", days, DailyFigures::searches, false, texts),
                chart("zero-share", days, DailyFigures::zeroResultShare, true, texts),
                chart("contact", days, DailyFigures::contactRequests, false, texts));
    }

    private static Chart chart(String id, List<DailyFigures> days, ToDoubleFunction<DailyFigures> figure,
                               boolean percent, Texts texts) {
        double max = days.stream().mapToDouble(figure).max().orElse(0);
        double scale = max == 0 ? 1 : max;
        double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, days.size());
        double plot = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new ArrayList<>();
        double total = 0;
        DailyFigures highest = null;
        for (int i = 0; i < days.size(); i++) {
            DailyFigures day = days.get(i);
            double value = figure.applyAsDouble(day);
            double height = value / scale * plot;
            bars.add(new Bar(number(LEFT + i * slot + slot * 0.15), number(HEIGHT - BOTTOM - height),
                    number(Math.max(1, slot * 0.7)), number(height), day.date() + ": " + format(value, percent)));
            total += value;
            if (highest == null || value > figure.applyAsDouble(highest)) {
                highest = day;
            }
        }
        List<Label> labels = new ArrayList<>();
        for (int i : days.size() < 3 ? List.of(0) : List.of(0, days.size() / 2, days.size() - 1)) {
            if (i < days.size()) {
                labels.add(new Label(number(LEFT + i * slot + slot / 2), days.get(i).date().toString().substring(5)));
            }
        }
        String summary = highest == null || max == 0 ? texts.get("insights.chart.nothing")
                : percent ? texts.get("insights.chart.summaryShare", format(max, true), highest.date().toString())
                : texts.get("insights.chart.summary", format(total, false), format(max, false), highest.date().toString());
        return new Chart(id, texts.get("insights.chart." + id), summary, format(max, percent), bars, labels);
    }

    private static String format(double value, boolean percent) {
        return percent ? String.format(Locale.ROOT, "%.1f%%", value * 100) : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
