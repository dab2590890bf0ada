package io.raqib.e2e;

import java.time.Duration;

import io.raqib.bench.NewsFeed;

/**
 * The load every fault test posts, and how its alerts are judged. Every article names one topic at one place: about
 * two mentions each, not the twenty of the benchmark's stories, so that a recovery figure is the fault's, not a
 * backlog's on a shared two-core machine.
 */
final class FaultLoad {

    /** Articles a POST. */
    static final int BATCH = 5;
    /** The cold-start threshold the services run with: a new series alerts at this many articles in a window. */
    static final int THRESHOLD = 3;
    /**
     * Spikes only, back to back: four reports of one topic at one place from four outlets, then the next series (280
     * before one repeats). The third report raises a new alert: alerts come out all the time the pipeline works.
     */
    static final NewsFeed.Settings FEED = new NewsFeed.Settings(0, 4, 4, 1);
    /**
     * The alert window: the feed comes back to a series after 1,120 articles (about a minute), which must be in a new
     * window, so that every spike raises an alert of its own. One horizon only: the default day-long second one would
     * count a series' returns together and stay silent.
     */
    static final Duration WINDOW = Duration.ofSeconds(30);

    private FaultLoad() {
    }

    /** Articles a second: 20, or the system property's. */
    static int perSecond(String property) {
        return Integer.getInteger(property, 20);
    }
}
