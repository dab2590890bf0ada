package io.raqib.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.ingest.dedup.Verdict;
import io.raqib.schemas.RawArticle;

/**
 * The one way in for an article, whatever brought it (the API, a feed, the drop folder): past the dedup gate, onto
 * {@code articles.raw}, and acknowledged only once Kafka has it and the dedup index's record of it.
 */
@ApplicationScoped
public class ArticleIntake {

    /** What became of one article: new, or a duplicate of an earlier one. */
    public record Outcome(String id, String verdict, String duplicateOf) {
    }

    /** The outcome of every article offered, and Kafka's receipts for those published. */
    public record Admission(List<Outcome> outcomes, List<ArticlePublisher.Receipt> receipts) {
    }

    private final ArticlePublisher publisher;
    private final DedupGate dedup;
    private final MeterRegistry metrics;

    @Inject
    public ArticleIntake(ArticlePublisher publisher, DedupGate dedup, MeterRegistry metrics) {
        this.publisher = publisher;
        this.dedup = dedup;
        this.metrics = metrics;
    }

    /**
     * @param channel how the articles came in (api, feed, folder), a metric tag
     * @throws ArticlePublisher.UnavailableException when Kafka did not acknowledge them: nothing may be acknowledged
     */
    public Admission admit(List<ReceivedArticle> articles, String channel) {
        List<RawArticle> toPublish = new ArrayList<>(articles.size());
        List<Outcome> outcomes = new ArrayList<>(articles.size());
        List<String> learned = new ArrayList<>(articles.size());
        for (ReceivedArticle received : articles) {
            RawArticle article = received.article();
            Verdict verdict = dedup.observe(received);
            // An entry of its own, unless it was the same id or URL again (then the entry is an earlier article's).
            if (verdict.evidence() != Verdict.Evidence.SAME_ID && verdict.evidence() != Verdict.Evidence.SAME_URL) {
                learned.add(article.getId());
            }
            metrics.counter("raqib.ingest.articles.received", "channel", channel, "source", article.getSource(),
                    "verdict", verdict.kind().name()).increment();
            switch (verdict.kind()) {
                case NEW -> toPublish.add(article);
                // The same wire story from another outlet: published again under the first article's id with every
                // outlet that carried it, because the number of independent sources matters to the desk.
                case NEAR_DUPLICATE -> toPublish.add(RawArticle.newBuilder(article).setId(verdict.originalId())
                        .setSource(dedup.outletOf(verdict.originalId()).orElse(article.getSource()))
                        .setAlsoReportedBy(verdict.alsoReportedBy()).build());
                case EXACT_DUPLICATE -> { }
            }
            outcomes.add(new Outcome(article.getId(), verdict.kind().name().toLowerCase(Locale.ROOT),
                    verdict.isDuplicate() ? verdict.originalId() : null));
        }
        // One deadline for the request: whatever Kafka does, the client has its answer within the ack timeout.
        long deadline = publisher.deadlineFromNow();
        List<ArticlePublisher.Receipt> receipts;
        try {
            receipts = publisher.publish(toPublish, deadline);
        } catch (ArticlePublisher.UnavailableException e) {
            // Not published, so not remembered either: the retry must not be taken for a duplicate of itself.
            learned.forEach(dedup::forget);
            throw e;
        }
        dedup.persist(deadline);
        for (RawArticle article : toPublish) {
            metrics.counter("raqib.ingest.articles.published", "channel", channel, "source", article.getSource())
                    .increment();
        }
        return new Admission(outcomes, receipts);
    }
}
