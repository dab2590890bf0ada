package io.raqib.alert.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One board's articles in the order the board shows their reports ({@link Board#NEWEST_FIRST}: the newest first,
 * then by article id; an article's reports all carry its time, so they stand together), with how many reports each
 * has: enough to tell which articles the board no longer shows without reading them back from the store.
 */
final class BoardOrder {

    private record Place(long reportedAt, String articleId) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            int byTime = Long.compare(other.reportedAt, reportedAt);
            return byTime != 0 ? byTime : articleId.compareTo(other.articleId);
        }
    }

    private final TreeMap<Place, Integer> reportsByPlace = new TreeMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private long reports;

    /** The article's reports on the board, in place of what it had said there. */
    void put(ArticleFigures article) {
        Place place = new Place(article.reportedAt(), article.articleId());
        Place before = places.put(article.articleId(), place);
        if (before != null) {
            reports -= reportsByPlace.remove(before);
        }
        reportsByPlace.put(place, article.reports().size());
        reports += article.reports().size();
    }

    /** How many articles it holds the place of. */
    int articles() {
        return places.size();
    }

    /**
     * Forgets the articles the board no longer shows, as {@link Board#of} would leave them out: all of whose reports
     * come after the first {@code cap}, or are older than {@code horizon} before the newest. Returns their ids.
     */
    List<String> trim(Duration horizon, int cap) {
        List<String> gone = new ArrayList<>(1);
        if (reportsByPlace.isEmpty()) {
            return gone;
        }
        long oldest = reportsByPlace.firstKey().reportedAt() - horizon.toMillis();
        while (true) {
            Map.Entry<Place, Integer> last = reportsByPlace.lastEntry();
            boolean shown = last.getKey().reportedAt() >= oldest && reports - last.getValue() < cap;
            if (shown) {
                return gone; // and so is every article before it: newer, with fewer reports ahead of it
            }
            reportsByPlace.pollLastEntry();
            places.remove(last.getKey().articleId());
            reports -= last.getValue();
            gone.add(last.getKey().articleId());
        }
    }
}
