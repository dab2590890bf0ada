package io.raqib.ingest.source;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.raqib.ingest.ArticleFactory;
import io.raqib.ingest.ArticleIntake;
import io.raqib.ingest.ArticlePublisher;
import io.raqib.ingest.ArticleSubmission;
import io.raqib.ingest.InvalidArticleException;
import io.raqib.ingest.ReceivedArticle;
import io.raqib.ingest.dates.PublicationDate;
import io.raqib.ingest.dates.PublicationDates;
import io.raqib.ingest.feed.ArticleText;
import io.raqib.ingest.feed.Feed;
import io.raqib.ingest.feed.FeedException;
import io.raqib.ingest.feed.FeedItem;
import io.raqib.ingest.feed.FeedParser;

/**
 * One poll of one feed: fetch (conditionally), parse, keep the items not met before, give those with only a short
 * summary the text of their article page, and admit them through {@link ArticleIntake} in one batch.
 *
 * <p>Nothing is marked as handled before Kafka has it: when Kafka is away the poll fails and the same items come
 * again next time; the conditional-GET validators are kept back too, or the next poll would get a 304 and never
 * see them. An item the factory refuses is counted, logged with the reason and not offered again (it would be
 * refused the same way); an item whose text could not be had at all (no summary, page fetch failed) is left for the
 * next poll.
 */
final class FeedPoll {

    private static final Logger LOG = Logger.getLogger(FeedPoll.class);
    /** An item without a title is titled by the start of its text. */
    private static final int DERIVED_TITLE_CHARS = 100;

    /** How the poll went, for the scheduler: the next poll comes at the interval, or after a back-off. */
    record Result(boolean ok, Duration retryAfter) {
        static final Result OK = new Result(true, null);
    }

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final ArticleFactory factory;
    private final ArticleIntake intake;
    private final FeedMetrics metrics;
    private final PollSettings settings;
    private final Clock clock;
    private final PublicationDates dates = new PublicationDates();

    FeedPoll(Fetcher fetcher, FeedParser parser, ArticleFactory factory, ArticleIntake intake, FeedMetrics metrics,
            PollSettings settings, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.factory = factory;
        this.intake = intake;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    Result poll(FeedTrack track) throws InterruptedException {
        FeedSource feed = track.feed;
        track.health.attempt(clock.instant());
        long start = System.nanoTime();
        FetchResponse response;
        try {
            response = fetcher.get(feed.url(), Fetcher.Purpose.FEED, track.validators());
        } catch (FetchException e) {
            metrics.fetched(feed.name(), e.outcome(), since(start));
            return failed(track, e.outcome().tag(), e.getMessage(), e.retryAfter());
        }
        if (response.notModified()) {
            metrics.fetched(feed.name(), FetchOutcome.NOT_MODIFIED, since(start));
            track.health.success(clock.instant());
            return Result.OK;
        }
        Feed parsed;
        try {
            parsed = parser.parse(response.body(), response.contentType(), response.url().toString());
        } catch (FeedException e) {
            FetchOutcome outcome = outcome(e.reason());
            metrics.fetched(feed.name(), outcome, since(start));
            return failed(track, outcome.tag(), "the feed at " + response.url() + " cannot be read: " + e.getMessage(),
                    null);
        }
        metrics.fetched(feed.name(), FetchOutcome.OK, since(start));
        return admit(track, parsed, response.validators());
    }

    private Result admit(FeedTrack track, Feed parsed, Validators validators) throws InterruptedException {
        FeedSource feed = track.feed;
        List<FeedItem> items = parsed.items().subList(0,
                Math.min(parsed.items().size(), feed.maxItemsOr(settings.defaultMaxItems())));
        Map<String, FeedItem> fresh = new LinkedHashMap<>();
        for (FeedItem item : items) {
            String key = ItemKeys.of(item);
            if (!track.seen.meet(key)) {
                fresh.putIfAbsent(key, item);
            }
        }
        List<ReceivedArticle> articles = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        boolean incomplete = false;
        for (Map.Entry<String, FeedItem> entry : fresh.entrySet()) {
            ArticleSubmission submission = submission(track, entry.getValue());
            if (submission == null) {
                incomplete = true;
                continue;
            }
            try {
                articles.add(factory.create(submission, feed.name(), feed.language()));
                keys.add(entry.getKey());
            } catch (InvalidArticleException e) {
                track.seen.add(entry.getKey());
                String message = "item " + describe(entry.getValue()) + " refused: " + e.field() + ": " + e.getMessage();
                metrics.error(feed.name(), "invalid_item");
                track.health.error(clock.instant(), message);
                LOG.warnf("feed %s: %s", feed.name(), message);
            }
        }
        int published = 0;
        int duplicates = 0;
        if (!articles.isEmpty()) {
            ArticleIntake.Admission admission;
            try {
                admission = intake.admit(articles, "feed");
            } catch (ArticlePublisher.UnavailableException e) {
                return failed(track, "kafka_unavailable", "articles not accepted, they are offered again at the next "
                        + "poll: " + e.getMessage(), null);
            }
            for (ArticleIntake.Outcome outcome : admission.outcomes()) {
                published += outcome.verdict().equals("exact_duplicate") ? 0 : 1;
                duplicates += outcome.verdict().equals("new") ? 0 : 1;
            }
        }
        keys.forEach(track.seen::add);
        if (!incomplete) {
            track.validators(validators);
        }
        metrics.items(feed.name(), items.size(), fresh.size(), published, duplicates);
        track.health.counted(items.size(), fresh.size(), published, duplicates);
        track.health.success(clock.instant());
        if (!fresh.isEmpty()) {
            LOG.infof("feed %s: %d items, %d new, %d published, %d duplicates", feed.name(), items.size(),
                    fresh.size(), published, duplicates);
        }
        return Result.OK;
    }

    /** The item as an article submission; null when it has no text yet (to be tried again next poll). */
    private ArticleSubmission submission(FeedTrack track, FeedItem item) throws InterruptedException {
        String body = item.text();
        String title = item.title();
        String pageDate = null;
        boolean pageFailed = false;
        URI pageUrl = pageUrl(item);
        if (pageUrl != null) {
            ArticleText page = page(track, pageUrl);
            if (page == null) {
                pageFailed = true;
            } else {
                // The page's text unless extraction found less than the feed already gave.
                if (page.text().length() > (body == null ? 0 : body.length())) {
                    body = page.text();
                }
                title = title != null ? title : page.title();
                pageDate = page.publishedHint();
            }
        }
        if ((body == null || body.isBlank()) && pageFailed) {
            return null;
        }
        if (title == null && body != null) {
            title = derivedTitle(body);
        }
        List<String> otherDates = Stream.of(item.updated(), pageDate).filter(Objects::nonNull).toList();
        String publishedAt = dates.best(item.published(), otherDates, null, clock.instant(), settings.zone())
                .map(PublicationDate::instant).map(Instant::toString).orElse(null);
        return new ArticleSubmission(title, body, item.link(), track.feed.name(), publishedAt, null);
    }

    /** The article page to read for an item with only a short summary, else null. */
    private URI pageUrl(FeedItem item) {
        if (item.content() != null || item.link() == null
                || (item.summary() != null && item.summary().length() >= settings.summaryMaxChars())) {
            return null;
        }
        try {
            return Urls.http(item.link());
        } catch (IllegalArgumentException e) {
            return null; // no http(s) URL: the factory refuses the item's link with the reason
        }
    }

    /** The article page's text, or null when it could not be had (counted, and the summary kept). */
    private ArticleText page(FeedTrack track, URI url) throws InterruptedException {
        String source = track.feed.name();
        try {
            FetchResponse response = fetcher.get(url, Fetcher.Purpose.PAGE, Validators.NONE);
            metrics.pageFetched(source, FetchOutcome.OK);
            return ArticleText.extract(HtmlCharset.decode(response.body(), response.contentType()),
                    response.url().toString());
        } catch (FetchException e) {
            metrics.pageFetched(source, e.outcome());
            metrics.error(source, "page_fetch");
            track.health.error(clock.instant(), "article page not read, the feed's summary kept: " + e.getMessage());
            LOG.infof("feed %s: article page not read, summary kept: %s", source, e.getMessage());
            return null;
        }
    }

    private Result failed(FeedTrack track, String reason, String message, Duration retryAfter) {
        metrics.error(track.feed.name(), reason);
        track.health.failure(clock.instant(), message);
        LOG.warnf("feed %s: poll failed (%s): %s", track.feed.name(), reason, message);
        return new Result(false, retryAfter);
    }

    private static FetchOutcome outcome(FeedException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> FetchOutcome.TOO_LARGE;
            case DTD_REFUSED -> FetchOutcome.DTD_REFUSED;
            case NOT_A_FEED -> FetchOutcome.NOT_A_FEED;
            case MALFORMED, EMPTY, READ_FAILED -> FetchOutcome.MALFORMED;
        };
    }

    private static String derivedTitle(String body) {
        String first = body.strip().split("\n", 2)[0];
        if (first.length() <= DERIVED_TITLE_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', DERIVED_TITLE_CHARS);
        return first.substring(0, cut > 0 ? cut : DERIVED_TITLE_CHARS) + " …";
    }

    private static String describe(FeedItem item) {
        return item.link() != null ? item.link() : item.title() != null ? "'" + item.title() + "'" : "(untitled)";
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
