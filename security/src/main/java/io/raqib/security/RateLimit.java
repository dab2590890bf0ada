package io.raqib.security;

import java.time.Duration;
import java.util.Locale;

/**
 * A number of requests per period, written {@code 100/s}, {@code 600/m} or {@code 10000/h}; {@code none} for no limit.
 * Bursts up to the whole number are allowed (a token bucket of that size, refilled evenly over the period).
 */
public record RateLimit(long requests, Duration per) {

    public static final RateLimit NONE = new RateLimit(Long.MAX_VALUE, Duration.ofSeconds(1));

    public static RateLimit parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return NONE;
        }
        int slash = value.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("a rate limit is N/s, N/m, N/h or none; got '" + text + "'");
        }
        long requests;
        try {
            requests = Long.parseLong(value.substring(0, slash).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a rate limit is N/s, N/m, N/h or none; got '" + text + "'");
        }
        Duration per = switch (value.substring(slash + 1).strip()) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> throw new IllegalArgumentException("a rate limit's period is s, m or h; got '" + text + "'");
        };
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request; got '" + text + "'");
        }
        return new RateLimit(requests, per);
    }

    public boolean unlimited() {
        return requests == Long.MAX_VALUE;
    }
}
