package com.okpay.helpcenter.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The days a report covers, both included, as days of the insights time zone, and optionally
 * one locale. "Last 7 days" is today and the six days before.
 */
public record Period(LocalDate from, LocalDate to, Optional<String> locale, ZoneId zone) {

    public static Period lastDays(int days, Optional<String> locale, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new Period(today.minusDays(days - 1L), today, locale, zone);
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
