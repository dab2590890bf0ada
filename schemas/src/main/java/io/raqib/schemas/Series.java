package io.raqib.schemas;

/**
 * A series the alert service counts: a topic as a whole, or a topic at one place. Its key on topic.mentions is
 * {@code topic} or {@code topic@place}; written by nlp-service, read by alert-service, so it is defined here once.
 */
public record Series(String topic, String place) {

    public static Series parse(String key) {
        int at = key.indexOf('@');
        return at < 0 ? new Series(key, null) : new Series(key.substring(0, at), key.substring(at + 1));
    }

    public String key() {
        return place == null ? topic : topic + "@" + place;
    }
}
