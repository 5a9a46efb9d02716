package com.okpay.helpcenter.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Everything the insights page and the report command show for one period. */
public record Report(Period period, List<QueryStats> topSearches, List<QueryStats> zeroResults,
                     List<QueryStats> unclicked, List<ArticleViews> mostViewed, List<Helpfulness> leastHelpful,
                     List<DailyFigures> daily, List<TopicCount> contactTopics,
                     Deflection deflection) {

    public Report {
        topSearches = List.copyOf(topSearches);
        zeroResults = List.copyOf(zeroResults);
        unclicked = List.copyOf(unclicked);
        mostViewed = List.copyOf(mostViewed);
        leastHelpful = List.copyOf(leastHelpful);
        daily = List.copyOf(daily);
        contactTopics = List.copyOf(contactTopics);
    }

    public long searches() {
        return daily.stream().mapToLong(DailyFigures::searches).sum();
    }

    public long zeroResultSearches() {
        return daily.stream().mapToLong(DailyFigures::zeroResults).sum();
    }

    public long contactRequests() {
        return daily.stream().mapToLong(DailyFigures::contactRequests).sum();
    }

    /**
     * One normalized query in one locale.
     *
     * @param example a phrasing as typed
     * @param clicked searches after which a result was opened
     */
    public record QueryStats(String locale, String query, String example, long searches, long zeroResults,
                             long clicked, Instant lastSeen) {
        public long unclicked() {
            return searches - clicked;
        }
    }

    /** @param article the article's key, locale/category/slug */
    public record ArticleViews(String article, String locale, long views) {
    }

    /** "Was this helpful?" answers for one article, with its latest comments. */
    public record Helpfulness(String article, long yes, long no, List<String> comments) {
        public Helpfulness {
            comments = List.copyOf(comments);
        }

        public double helpfulShare() {
            return yes + no == 0 ? 0 : (double) yes / (yes + no);
        }
    }

    public record DailyFigures(LocalDate date, long searches, long zeroResults, long contactRequests) {
        public double zeroResultShare() {
            return searches == 0 ? 0 : (double) zeroResults / searches;
        }
    }

    public record TopicCount(LocalDate date, String topic, long requests) {
        /** The Monday that starts this day's week. */
        public LocalDate week() {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }

    /**
     * Visitors of the contact form who opened a suggested article, and how many of them did not
     * send a message within 30 minutes. The rate compares those to all contact requests: of the
     * people about to write, the share a suggestion helped.
     *
     * @param opened visits in which a suggestion was opened (only visits older than 30 minutes)
     */
    public record Deflection(long opened, long deflected, long contactRequests) {
        public double rate() {
            return deflected + contactRequests == 0 ? 0 : (double) deflected / (deflected + contactRequests);
        }
    }
}
