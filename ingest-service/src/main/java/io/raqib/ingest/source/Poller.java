package io.raqib.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.ingest.ArticleFactory;
import io.raqib.ingest.ArticleIntake;
import io.raqib.ingest.feed.FeedParser;

/**
 * Polls every enabled feed at its interval, on a few shared threads (not one per feed). Each poll schedules the
 * next: after a success at the interval, after a failure at the {@link Backoff} delay; both with ±10% jitter so
 * feeds added together drift apart. A feed's first poll comes within a tenth of its interval (at most 30 s), spread
 * at random, so a restart does not hit every outlet in the same second. One feed is never polled twice at once.
 */
public final class Poller implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Poller.class);
    private static final double JITTER = 0.1;
    private static final Duration MAX_FIRST_DELAY = Duration.ofSeconds(30);

    private final FeedPoll poll;
    private final FeedMetrics metrics;
    private final PollSettings settings;
    private final Backoff backoff;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Map<String, FeedTrack> tracks = new ConcurrentHashMap<>();

    public Poller(Fetcher fetcher, ArticleFactory factory, ArticleIntake intake, MeterRegistry registry,
            PollSettings settings, long maxFeedBytes, Clock clock) {
        this.metrics = new FeedMetrics(registry);
        this.settings = settings;
        this.clock = clock;
        this.backoff = new Backoff(settings.maxBackoff());
        this.poll = new FeedPoll(fetcher, new FeedParser(maxFeedBytes), factory, intake, metrics, settings, clock);
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = new ScheduledThreadPoolExecutor(settings.threads(), task -> {
            Thread thread = new Thread(task, "feed-poller-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
    }

    public void start(Collection<FeedSource> feeds) {
        feeds.forEach(this::track);
    }

    /** Follows a feed (replacing one of the same name); an enabled one is polled soon. */
    public void track(FeedSource feed) {
        FeedTrack track = new FeedTrack(feed, new SourceHealth(settings.failingAfter()),
                new SeenItems(Math.max(settings.rememberedItems(), 2 * feed.maxItemsOr(settings.defaultMaxItems()))));
        FeedTrack previous = tracks.put(feed.name(), track);
        if (previous != null) {
            previous.stop();
            metrics.forget(feed.name());
        }
        metrics.watch(feed.name(), track.health);
        if (feed.enabled()) {
            long window = Math.min(feed.pollInterval().toMillis() / 10, MAX_FIRST_DELAY.toMillis());
            schedule(track, Duration.ofMillis(ThreadLocalRandom.current().nextLong(window + 1)));
        }
    }

    /** Stops following a feed; a poll under way finishes but schedules no other. */
    public void untrack(String name) {
        FeedTrack track = tracks.remove(name);
        if (track != null) {
            track.stop();
            metrics.forget(name);
        }
    }

    public Optional<SourceStatus> status(String name) {
        return Optional.ofNullable(tracks.get(name)).map(t -> t.health.snapshot(t.feed));
    }

    /**
     * Polls a feed now, on the poller's threads, then resumes its schedule from there.
     *
     * @throws SourceNotFoundException when the feed is not followed
     * @throws SourceConflictException when it is disabled
     */
    public CompletableFuture<SourceStatus> pollNow(String name) {
        FeedTrack track = tracks.get(name);
        if (track == null) {
            throw new SourceNotFoundException(name);
        }
        if (!track.feed.enabled()) {
            throw new SourceConflictException("feed '" + name + "' is disabled; enable it to poll it");
        }
        return CompletableFuture.supplyAsync(() -> {
            run(track, true);
            return track.health.snapshot(track.feed);
        }, scheduler);
    }

    private void schedule(FeedTrack track, Duration delay) {
        track.health.nextPoll(clock.instant().plus(delay));
        track.next(scheduler.schedule(() -> run(track, false), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void run(FeedTrack track, boolean manual) {
        if (manual) {
            track.polling.lock();
        } else if (!track.polling.tryLock()) {
            return; // a manual poll is under way, and it schedules the next one
        }
        try {
            if (track.stopped()) {
                return;
            }
            track.cancelNext();
            Duration interval = track.feed.pollInterval();
            Duration next;
            try {
                FeedPoll.Result result = poll.poll(track);
                next = result.ok() ? interval : backoff.delay(interval, track.health.consecutiveFailures(),
                        result.retryAfter());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A bug must not end this feed's polling, nor any other's.
                LOG.errorf(e, "feed %s: poll failed unexpectedly", track.feed.name());
                metrics.error(track.feed.name(), "internal");
                track.health.failure(clock.instant(), "internal error: " + e);
                next = backoff.delay(interval, track.health.consecutiveFailures(), null);
            }
            schedule(track, jitter(next));
        } finally {
            track.polling.unlock();
        }
    }

    private static Duration jitter(Duration delay) {
        double factor = 1 + JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }

    @Override
    public void close() {
        tracks.values().forEach(FeedTrack::stop);
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("feed polls still running after 10 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
