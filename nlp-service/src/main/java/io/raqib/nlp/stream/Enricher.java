package io.raqib.nlp.stream;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import io.raqib.nlp.extract.Extraction;
import io.raqib.nlp.extract.Extractor;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.StepCpu;

/** A raw article in, the same article with what the extractor found in it out. */
public final class Enricher {

    private final Supplier<Extractor> models;
    private final Clock clock;
    private final StepCpu extraction = new StepCpu();

    /** @param models the extractor in service, which a reload may replace between two records */
    public Enricher(Supplier<Extractor> models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    public EnrichedArticle enrich(RawArticle article) {
        Extractor extractor = models.get(); // once: the version stamped is the version that read the article
        // The title and the year help tell the article's news from the past it recalls.
        Instant published = article.getPublishedAt();
        Extraction found = extraction.time(() -> extractor.extract(article.getTitle(), article.getBody(),
                published == null ? 0 : published.atZone(ZoneOffset.UTC).getYear()));
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setEntities(found.entities())
                .setFigures(found.figures())
                .setTopics(found.topics())
                .setModelVersion(extractor.version())
                .setEnrichedAt(clock.instant())
                .build();
    }

    /** The CPU the extractor took, all articles so far: nlp-service's own work, apart from Kafka's. */
    public StepCpu extraction() {
        return extraction;
    }
}
