package com.okpay.helpcenter.feedback;

import com.okpay.helpcenter.config.Settings;
import com.okpay.helpcenter.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Was this article helpful?": one vote per visitor and article, and an optional comment on a
 * "no". Visitors are known only by a random cookie, stored hashed. The answers are for the
 * editors; the site never shows counts.
 */
public final class ArticleFeedback {
    public static final int COMMENT_MAX = 1000;
    private static final Logger log = LoggerFactory.getLogger(ArticleFeedback.class);

    /** What became of an answer. */
    public enum Outcome { RECORDED, ALREADY, LIMITED, UNAVAILABLE }

    private final FeedbackStore store;
    private final RateLimiter limiter;
    private final Clock clock;

    ArticleFeedback(FeedbackStore store, RateLimiter limiter, Clock clock) {
        this.store = store;
        this.limiter = limiter;
        this.clock = clock;
    }

    public static ArticleFeedback create(Settings settings, Database database, Clock clock) {
        return new ArticleFeedback(new FeedbackStore(database),
                new RateLimiter(FeedbackSettings.from(settings).rateLimit(), clock), clock);
    }

    /** @param article the article's key ({@code locale/category/slug}); @param address whom the rate limit counts */
    public Outcome vote(String article, String visitorCookie, boolean helpful, String address) {
        return limited(address, () -> store.vote(article, visitor(visitorCookie), helpful, clock.instant()));
    }

    /**
     * A comment longer than {@link #COMMENT_MAX} is cut there; the form never lets one through.
     * Control characters (terminal escapes, bells, bidi overrides) never reach the report or CSV:
     * line breaks and tabs become spaces, the others are dropped.
     */
    public Outcome comment(String article, String visitorCookie, String comment, String address) {
        String text = withoutControls(comment).strip();
        if (text.codePointCount(0, text.length()) > COMMENT_MAX) {
            text = text.substring(0, text.offsetByCodePoints(0, COMMENT_MAX));
        }
        String kept = text;
        return limited(address, () -> store.comment(article, visitor(visitorCookie), kept, clock.instant()));
    }

    static String withoutControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                kept.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    private Outcome limited(String address, Write write) {
        if (limiter.acquire(address).isPresent()) {
            return Outcome.LIMITED;
        }
        try {
            return write.run() ? Outcome.RECORDED : Outcome.ALREADY;
        } catch (SQLException e) {
            limiter.refund(address);
            log.error("could not save article feedback", e);
            return Outcome.UNAVAILABLE;
        }
    }

    private interface Write {
        boolean run() throws SQLException;
    }

    /** The cookie itself never reaches the database: only a one-way hash of it. */
    static String visitor(String cookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
