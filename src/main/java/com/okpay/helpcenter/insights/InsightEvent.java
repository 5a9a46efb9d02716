package com.okpay.helpcenter.insights;

import java.time.Instant;

/**
 * Something worth counting, as it waits in memory for the writer. Articles are named by their
 * key ({@code locale/category/slug}); nothing here identifies a visitor.
 */
sealed interface InsightEvent {
    Instant at();

    /** @param text the query as typed (already cleaned of control characters); normalized when written */
    record Search(Instant at, String id, String locale, String text, long results, SearchSource source)
            implements InsightEvent {
    }

    record Click(Instant at, String searchId, String article) implements InsightEvent {
    }

    record View(Instant at, String locale, String article) implements InsightEvent {
    }

    record ContactRequest(Instant at, String locale, String topic) implements InsightEvent {
    }

    /** An article opened from the suggestions on the contact form shown with {@code token}. */
    record SuggestionOpened(Instant at, String token, String locale, String article) implements InsightEvent {
    }

    /** The contact form shown with {@code token} was sent. */
    record ContactAfterSuggestion(Instant at, String token) implements InsightEvent {
    }
}
