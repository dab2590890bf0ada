package io.raqib.ingest.source;

import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a feed definition from JSON (the feeds file, {@code POST /api/sources}) and validates it, each problem an
 * {@link InvalidSourceException} naming the field. Unknown fields are refused rather than ignored: a misspelt
 * "pollIntervall" would otherwise silently poll at the default rate.
 */
public final class FeedSourceReader {

    static final Set<String> FIELDS = Set.of("name", "url", "pollInterval", "language", "enabled", "maxItems");
    /** The other ways in, listed beside the feeds by {@code GET /api/sources}: a feed may not take their names. */
    static final Set<String> CHANNELS = Set.of("api", "folder");
    static final Duration MAX_INTERVAL = Duration.ofDays(7);
    static final int MAX_NAME_CHARS = 80;
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_ITEMS = 1000;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final Duration minInterval;
    private final Duration defaultInterval;

    /**
     * @param minInterval     the shortest poll interval accepted: politeness towards the outlets
     * @param defaultInterval the interval of a feed that names none
     */
    public FeedSourceReader(Duration minInterval, Duration defaultInterval) {
        if (defaultInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("the default poll interval " + defaultInterval
                    + " is shorter than the minimum " + minInterval);
        }
        this.minInterval = minInterval;
        this.defaultInterval = defaultInterval;
    }

    /**
     * @param node  one feed, a JSON object
     * @param where prefix of the field names in errors: "" for a request, "feeds[2]." in the file
     */
    public FeedSource read(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new InvalidSourceException(where.isEmpty() ? "" : where.substring(0, where.length() - 1),
                    "a feed must be a JSON object with at least name and url");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new InvalidSourceException(where + field, "unknown field '" + field + "'; a feed has "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new FeedSource(name(node, where), url(node, where), interval(node, where), language(node, where),
                enabled(node, where), maxItems(node, where));
    }

    /** The JSON form {@link #read} reads back, in the field order people expect to see. */
    public static ObjectNode write(FeedSource feed) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", feed.name());
        node.put("url", feed.url().toString());
        node.put("pollInterval", feed.pollInterval().toString());
        if (feed.language() != null) {
            node.put("language", feed.language());
        }
        node.put("enabled", feed.enabled());
        if (feed.maxItems() != null) {
            node.put("maxItems", feed.maxItems());
        }
        return node;
    }

    /** Names are compared as written but in one Unicode form, so the same Arabic name typed twice is one name. */
    static String normalName(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    private static String name(JsonNode node, String where) {
        String name = normalName(text(node, "name", where, true));
        if (name.isEmpty()) {
            throw new InvalidSourceException(where + "name", "name is required");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw new InvalidSourceException(where + "name", "name has " + name.length()
                    + " characters; at most " + MAX_NAME_CHARS);
        }
        // The name is a path segment of /api/sources/{name} and a metric label.
        if (name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new InvalidSourceException(where + "name", "name may not contain '/', '\\' or control characters");
        }
        if (CHANNELS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidSourceException(where + "name", "'" + name + "' is the name of a channel; choose another");
        }
        return name;
    }

    private static URI url(JsonNode node, String where) {
        String text = text(node, "url", where, true).strip();
        if (text.length() > MAX_URL_CHARS) {
            throw new InvalidSourceException(where + "url", "url is longer than " + MAX_URL_CHARS + " characters");
        }
        try {
            return Urls.http(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(where + "url", "url must be an absolute http(s) URL: " + e.getMessage());
        }
    }

    private Duration interval(JsonNode node, String where) {
        String text = text(node, "pollInterval", where, false);
        if (text == null) {
            return defaultInterval;
        }
        Duration interval;
        try {
            interval = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSourceException(where + "pollInterval",
                    "pollInterval must be an ISO-8601 duration such as PT15M or PT1H, got '" + text + "'");
        }
        if (interval.compareTo(minInterval) < 0) {
            throw new InvalidSourceException(where + "pollInterval", "pollInterval " + interval
                    + " is shorter than the minimum " + minInterval + " (be polite to the outlet)");
        }
        if (interval.compareTo(MAX_INTERVAL) > 0) {
            throw new InvalidSourceException(where + "pollInterval", "pollInterval " + interval
                    + " is longer than the maximum " + MAX_INTERVAL + "; disable the feed instead");
        }
        return interval;
    }

    private static String language(JsonNode node, String where) {
        String text = text(node, "language", where, false);
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            throw new InvalidSourceException(where + "language",
                    "language must be an ISO 639 code such as ar or en, got '" + text + "'");
        }
        return code;
    }

    private static boolean enabled(JsonNode node, String where) {
        JsonNode value = node.get("enabled");
        if (value == null || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            throw new InvalidSourceException(where + "enabled", "enabled must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    private static Integer maxItems(JsonNode node, String where) {
        JsonNode value = node.get("maxItems");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1
                || value.intValue() > MAX_ITEMS) {
            throw new InvalidSourceException(where + "maxItems",
                    "maxItems must be a whole number from 1 to " + MAX_ITEMS + ", got " + value);
        }
        return value.intValue();
    }

    private static String text(JsonNode node, String field, String where, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidSourceException(where + field, field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidSourceException(where + field, field + " must be a string, got " + value);
        }
        return value.textValue();
    }
}
