package com.okpay.helpcenter.insights;

import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * What the web layer tells insights about. Every method returns at once: it only puts an event
 * into the buffer (or drops it when the buffer is full). With recording switched off, nothing
 * is kept.
 */
public final class Recorder {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16,24}");

    private final EventBuffer buffer;
    private final boolean recording;
    private final Clock clock;

    Recorder(EventBuffer buffer, boolean recording, Clock clock) {
        this.buffer = buffer;
        this.recording = recording;
        this.clock = clock;
    }

    public boolean recording() {
        return recording;
    }

    /**
     * A random id for one search or one showing of the contact form: 16 URL-safe characters. It
     * is not a secret (anyone can make searches), so a fast generator is enough.
     */
    public String newId() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for something that has the shape of an id (the instant-search box makes its own). */
    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** @param query the query as typed, already bounded and cleaned of control characters */
    public void search(String id, String locale, String query, long results, SearchSource source) {
        if (recording && isId(id) && !query.isBlank()) {
            buffer.add(new InsightEvent.Search(clock.instant(), id, locale, query, results, source));
        }
    }

    /** A result of search {@code searchId} was opened: the article with this key. */
    public void click(String searchId, String article) {
        if (recording && isId(searchId)) {
            buffer.add(new InsightEvent.Click(clock.instant(), searchId, article));
        }
    }

    public void view(String locale, String article) {
        if (recording) {
            buffer.add(new InsightEvent.View(clock.instant(), locale, article));
        }
    }

    /** A contact message was accepted; {@code formToken} is the token its form was shown with, if any. */
    public void contactRequest(String locale, String topic, String formToken) {
        if (recording) {
            buffer.add(new InsightEvent.ContactRequest(clock.instant(), locale, topic));
            if (isId(formToken)) {
                buffer.add(new InsightEvent.ContactAfterSuggestion(clock.instant(), formToken));
            }
        }
    }

    /** An article suggested on the contact form shown with {@code formToken} was opened. */
    public void suggestionOpened(String formToken, String locale, String article) {
        if (recording && isId(formToken)) {
            buffer.add(new InsightEvent.SuggestionOpened(clock.instant(), formToken, locale, article));
        }
    }
}
