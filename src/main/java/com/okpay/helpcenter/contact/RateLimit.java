package com.okpay.helpcenter.contact;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many messages one visitor may send in a time window, written like {@code 5/10m}. */
public record RateLimit(int count, Duration window) {
    private static final Pattern SPEC = Pattern.compile("(\\d{1,6})/(\\d{0,6})([smhd])");

    public RateLimit {
        if (count < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive count and window");
        }
    }

    /** {@code off} means no limit; anything unreadable is empty so the caller can say what it wants. */
    public static Optional<Optional<RateLimit>> parse(String spec) {
        String text = spec.strip().toLowerCase(Locale.ROOT);
        if (text.equals("off") || text.equals("none")) {
            return Optional.of(Optional.empty());
        }
        Matcher m = SPEC.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0 || m.group(2).equals("0")) {
            return Optional.empty();
        }
        long amount = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
        Duration unit = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        return Optional.of(Optional.of(new RateLimit(Integer.parseInt(m.group(1)), unit.multipliedBy(amount))));
    }
}
