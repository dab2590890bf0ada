package io.raqib.nlp.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.Evidence;
import io.raqib.schemas.Figure;
import io.raqib.schemas.TopicMatch;

/**
 * Reads an Arabic news text natively: entities from the gazetteer, figures, and topics from the taxonomy.
 * A plain library: no Kafka, no framework, safe to share between threads.
 */
public final class Extractor {

    /** A topic needs more than one passing word: a phrase, or two mentions (measured on the gold set's dev part). */
    static final double MIN_TOPIC_SCORE = 0.75;

    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;
    private final String version;

    public Extractor(List<String> gazetteerLines, List<String> taxonomyLines) {
        this.gazetteer = Gazetteer.parse(gazetteerLines);
        this.taxonomy = Taxonomy.parse(taxonomyLines);
        this.version = "extractor-0.1+g" + checksum(gazetteerLines) + "+t" + checksum(taxonomyLines);
    }

    /** The extractor with the gazetteer and taxonomy shipped in this jar. */
    public static Extractor bundled() {
        return new Extractor(bundledLines("gazetteer.tsv"), bundledLines("taxonomy.tsv"));
    }

    /** A model file as shipped in this jar (gazetteer.tsv or taxonomy.tsv), for a folder that overrides only one. */
    public static List<String> bundledLines(String name) {
        return Resources.lines("/raqib/" + name);
    }

    /** Stamped on every enriched record, so output of a reprocessing run can be told apart. */
    public String version() {
        return version;
    }

    public Extraction extract(String text) {
        FoldedText folded = FoldedText.of(text);
        List<Entity> entities = entities(folded);
        entities.addAll(PersonFinder.find(folded, entities));
        entities.sort(Comparator.comparingInt(Entity::getStart));
        Sentences sentences = Sentences.of(text);
        List<Figure> figures = FigureFinder.find(folded, Forces.of(folded, entities, sentences));
        for (Figure figure : figures) {
            figure.setPlace(placeNear(figure, entities, sentences));
        }
        Attribution.attribute(folded, sentences, entities, figures);
        return new Extraction(entities, figures, topics(folded, entities, figures));
    }

    private List<Entity> entities(FoldedText text) {
        List<Entity> entities = new ArrayList<>();
        for (var match : gazetteer.find(text)) {
            entities.add(Entity.newBuilder()
                    .setType(match.value().type())
                    .setText(text.original().substring(match.start(), match.end()))
                    .setCanonical(match.value().canonical())
                    .setCanonicalAr(match.value().canonicalAr())
                    .setStart(match.start())
                    .setEnd(match.end())
                    .build());
        }
        return entities;
    }

    /** Where a figure stands: the nearest place named in its own sentence. */
    private static String placeNear(Figure figure, List<Entity> entities, Sentences sentences) {
        int sentence = sentences.of(figure.getStart());
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity entity : entities) {
            if (entity.getType() != EntityType.PLACE || sentences.of(entity.getStart()) != sentence) {
                continue;
            }
            int distance = Math.max(0, Math.max(entity.getStart() - figure.getEnd(), figure.getStart() - entity.getEnd()));
            if (distance < bestDistance) {
                best = entity;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.getCanonical();
    }

    /**
     * Each mention halves the doubt: one passing word (تفجير) scores 0.5, two words 0.75, three 0.875 … A phrase of
     * several words ("عبوة ناسفة") weighs as two mentions, a figure the taxonomy counts for the topic as one. A phrase
     * inside an organisation's name (قيادة العمليات المشتركة) is no mention; a place's name may be (مخيم الهول).
     */
    private List<TopicMatch> topics(FoldedText text, List<Entity> entities, List<Figure> figures) {
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        Map<String, Integer> weights = new HashMap<>();
        var disqualified = taxonomy.disqualified(text);
        for (var match : taxonomy.find(text)) {
            if (!Negation.denied(text, match.start()) && !disqualified.test(match)
                    && !inOrganisationName(match, entities)) {
                String written = text.original().substring(match.start(), match.end());
                add(evidence, weights, match.value(), written, match.start(), written.strip().indexOf(' ') > 0 ? 2 : 1);
            }
        }
        for (Figure figure : figures) {
            for (String id : taxonomy.countedBy(figure.getCategory())) {
                if (!Negation.denied(text, figure.getStart())) {
                    add(evidence, weights, id, figure.getText(), figure.getStart(), 1);
                }
            }
        }
        List<TopicMatch> topics = new ArrayList<>();
        evidence.forEach((id, found) -> {
            double score = 1 - Math.pow(0.5, weights.get(id));
            if (score >= MIN_TOPIC_SCORE) {
                found.sort(Comparator.comparingInt(Evidence::getStart));
                topics.add(new TopicMatch(id, score, found));
            }
        });
        return topics;
    }

    private static boolean inOrganisationName(PhraseMatcher.Match<String> match, List<Entity> entities) {
        return entities.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && e.getStart() <= match.start()
                && match.end() <= e.getEnd());
    }

    private static void add(Map<String, List<Evidence>> evidence, Map<String, Integer> weights, String topic,
            String text, int start, int weight) {
        evidence.computeIfAbsent(topic, id -> new ArrayList<>())
                .add(Evidence.newBuilder().setText(text).setStart(start).setEnd(start + text.length()).build());
        weights.merge(topic, weight, Integer::sum);
    }

    private static String checksum(List<String> lines) {
        CRC32 crc = new CRC32();
        lines.forEach(line -> crc.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return String.format("%08x", crc.getValue());
    }
}
