package io.raqib.nlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.raqib.nlp.extract.Extraction;
import io.raqib.schemas.Entity;
import io.raqib.schemas.Evidence;
import io.raqib.schemas.Figure;
import io.raqib.schemas.TopicMatch;

/** An extraction as JSON, field for field the shape of the Avro EnrichedArticle's entities, figures and topics. */
final class ExtractionJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {
    }

    static ObjectNode of(Extraction extraction) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entities = root.putArray("entities");
        for (Entity e : extraction.entities()) {
            entities.addObject().put("type", e.getType().name()).put("text", e.getText())
                    .put("canonical", e.getCanonical()).put("canonicalAr", e.getCanonicalAr())
                    .put("start", e.getStart()).put("end", e.getEnd());
        }
        ArrayNode figures = root.putArray("figures");
        for (Figure f : extraction.figures()) {
            figures.addObject().put("text", f.getText()).put("start", f.getStart()).put("end", f.getEnd())
                    .put("low", f.getLow()).put("high", f.getHigh()).put("approximate", f.getApproximate())
                    .put("vague", f.getVague()).put("category", f.getCategory().name()).put("unit", f.getUnit())
                    .put("actor", f.getActor()).put("place", f.getPlace()).put("source", f.getSource());
        }
        ArrayNode topics = root.putArray("topics");
        for (TopicMatch t : extraction.topics()) {
            ObjectNode topic = topics.addObject().put("id", t.getId()).put("score", t.getScore());
            ArrayNode evidence = topic.putArray("evidence");
            for (Evidence e : t.getEvidence()) {
                evidence.addObject().put("text", e.getText()).put("start", e.getStart()).put("end", e.getEnd());
            }
        }
        return root;
    }
}
