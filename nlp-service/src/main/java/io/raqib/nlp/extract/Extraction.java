package io.raqib.nlp.extract;

import java.util.List;

import io.raqib.schemas.Entity;
import io.raqib.schemas.Figure;
import io.raqib.schemas.TopicMatch;

/** What the extractor found in one text; every offset points into that text. */
public record Extraction(List<Entity> entities, List<Figure> figures, List<TopicMatch> topics) {
}
