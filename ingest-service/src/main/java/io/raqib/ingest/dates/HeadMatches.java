package io.raqib.ingest.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that start before a limit, the same as {@code find()} gives them, but trying only the
 * positions before the limit. {@code while (m.find() && m.start() < limit)} reads on through the whole article for
 * the one match that ends the loop, trying every alternation of the pattern at every position: most of the cost of
 * reading a date from a text, for phrases that only count at its top.
 */
final class HeadMatches {

    private final Matcher matcher;
    private final String text;
    private final int limit;
    private int from;

    HeadMatches(Pattern pattern, String text, int limit) {
        // Transparent bounds: lookbehinds see the text before the position tried, as find() lets them.
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.limit = Math.min(limit, text.length());
    }

    /** The next match starting before the limit, as {@link #matcher()}; false when there is none. */
    boolean next() {
        for (; from < limit; from++) {
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))
                    && Character.isHighSurrogate(text.charAt(from - 1))) {
                continue; // find() starts no match inside a surrogate pair either
            }
            matcher.region(from, text.length());
            if (matcher.lookingAt()) {
                from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
                return true;
            }
        }
        return false;
    }

    Matcher matcher() {
        return matcher;
    }
}
