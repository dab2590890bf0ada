package io.raqib.nlp.stream;

import java.time.Clock;

import io.raqib.nlp.extract.Extraction;
import io.raqib.nlp.extract.Extractor;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.RawArticle;

/** A raw article in, the same article with what the extractor found in its body out. */
public final class Enricher {

    private final Extractor extractor;
    private final Clock clock;

    public Enricher(Extractor extractor, Clock clock) {
        this.extractor = extractor;
        this.clock = clock;
    }

    public EnrichedArticle enrich(RawArticle article) {
        Extraction found = extractor.extract(article.getBody());
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setEntities(found.entities())
                .setFigures(found.figures())
                .setTopics(found.topics())
                .setModelVersion(extractor.version())
                .setEnrichedAt(clock.instant())
                .build();
    }
}
