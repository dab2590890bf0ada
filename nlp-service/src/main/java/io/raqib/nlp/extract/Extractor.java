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
        // One table for the phrases of both: each form of each word of a text is looked up once (PhraseGroup).
        PhraseGroup phrases = new PhraseGroup();
        this.gazetteer = Gazetteer.parse(gazetteerLines, phrases);
        this.taxonomy = Taxonomy.parse(taxonomyLines, phrases);
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
        Sentences sentences = Sentences.of(folded);
        List<Figure> figures = FigureFinder.find(folded, Forces.of(folded, entities, sentences));
        if (!figures.isEmpty()) {
            int[] sentenceOf = new int[entities.size()];
            for (int e = 0; e < sentenceOf.length; e++) {
                sentenceOf[e] = sentences.of(entities.get(e).getStart());
            }
            for (Figure figure : figures) {
                figure.setPlace(placeNear(figure, entities, sentenceOf, sentences));
            }
        }
        Attribution.attribute(folded, sentences, entities, figures);
        return new Extraction(entities, figures, topics(folded, entities, figures));
    }

    private List<Entity> entities(FoldedText text) {
        List<Entity> entities = new ArrayList<>();
        for (var match : gazetteer.find(text)) {
            // The all-args constructor: the same record as its builder makes, without the builder's bookkeeping.
            entities.add(new Entity(match.value().type(), text.original().substring(match.start(), match.end()),
                    match.value().canonical(), match.value().canonicalAr(), match.start(), match.end()));
        }
        return entities;
    }

    /** Where a figure stands: the nearest place named in its own sentence ({@code sentenceOf} each entity's). */
    private static String placeNear(Figure figure, List<Entity> entities, int[] sentenceOf, Sentences sentences) {
        int sentence = sentences.of(figure.getStart());
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            if (entity.getType() != EntityType.PLACE || sentenceOf[e] != sentence) {
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
        Negation negation = Negation.in(text);
        OrganisationNames organisations = new OrganisationNames(entities);
        for (var match : taxonomy.find(text)) {
            // The cheap test first: none of the three has side effects (the disqualifiers are looked for once).
            if (!organisations.contain(match) && !negation.denied(match.start()) && !disqualified.test(match)) {
                String written = text.original().substring(match.start(), match.end());
                add(evidence, weights, match.value(), written, match.start(), written.strip().indexOf(' ') > 0 ? 2 : 1);
            }
        }
        for (Figure figure : figures) {
            for (String id : taxonomy.countedBy(figure.getCategory())) {
                if (!negation.denied(figure.getStart())) {
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

    /**
     * Whether a phrase lies inside an organisation's name, asked for every phrase: entities are sorted by start, so
     * the organisations starting at or before the phrase are a prefix of the list, and one of them holds the phrase
     * when the farthest end among them reaches the phrase's end.
     */
    private static final class OrganisationNames {

        private final List<Entity> entities;
        /** The farthest end of an organisation among entities [0, k], or -1. */
        private final int[] farthestEnd;

        OrganisationNames(List<Entity> entities) {
            this.entities = entities;
            this.farthestEnd = new int[entities.size()];
            int farthest = -1;
            for (int k = 0; k < farthestEnd.length; k++) {
                Entity e = entities.get(k);
                if (e.getType() == EntityType.ORGANIZATION) {
                    farthest = Math.max(farthest, e.getEnd());
                }
                farthestEnd[k] = farthest;
            }
        }

        boolean contain(PhraseMatcher.Match<String> match) {
            int low = 0; // the number of entities starting at or before the phrase
            int high = entities.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (entities.get(mid).getStart() <= match.start()) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low > 0 && farthestEnd[low - 1] >= match.end();
        }
    }

    private static void add(Map<String, List<Evidence>> evidence, Map<String, Integer> weights, String topic,
            String text, int start, int weight) {
        evidence.computeIfAbsent(topic, id -> new ArrayList<>()).add(new Evidence(text, start, start + text.length()));
        weights.merge(topic, weight, Integer::sum);
    }

    private static String checksum(List<String> lines) {
        CRC32 crc = new CRC32();
        lines.forEach(line -> crc.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return String.format("%08x", crc.getValue());
    }
}
