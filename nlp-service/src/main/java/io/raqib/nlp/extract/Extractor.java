package io.raqib.nlp.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.Evidence;
import io.raqib.schemas.Figure;
import io.raqib.schemas.FigureCategory;
import io.raqib.schemas.TopicMatch;

/**
 * Reads an Arabic news text natively: entities from the gazetteer, figures, and topics from the taxonomy.
 * A plain library: no Kafka, no framework, safe to share between threads.
 */
public final class Extractor {

    /** How far after a figure we look for the group it belongs to ("20 ألف مقاتل من داعش"). */
    private static final int ACTOR_WINDOW = 40;
    /** Groups whose men the desk counts as fighters; every other organisation's are troops. */
    private static final java.util.Set<String> ARMED_GROUPS = java.util.Set.of("ISIS", "Hayat Tahrir al-Sham",
            "Hezbollah", "Kataib Hezbollah");
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
        return new Extractor(Resources.lines("/raqib/gazetteer.tsv"), Resources.lines("/raqib/taxonomy.tsv"));
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
        List<Figure> figures = FigureFinder.find(folded);
        Sentences sentences = Sentences.of(text);
        for (Figure figure : figures) {
            figure.setActor(actorAfter(figure, entities));
            if (figure.getCategory() == FigureCategory.FIGHTERS && figure.getActor() != null
                    && !ARMED_GROUPS.contains(figure.getActor())) {
                figure.setCategory(FigureCategory.TROOPS); // the SDF's or the PMF's men are forces, ISIS's are fighters
            }
            figure.setPlace(placeNear(figure, entities, sentences));
        }
        Attribution.attribute(folded, sentences, entities, figures);
        return new Extraction(entities, figures, topics(folded));
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

    /** The group a figure belongs to: the organisation named right after it (… مقاتل من داعش), or inside it. */
    private static String actorAfter(Figure figure, List<Entity> entities) {
        return entities.stream()
                .filter(e -> e.getType() == EntityType.ORGANIZATION)
                .filter(e -> e.getStart() >= figure.getStart() && e.getStart() - figure.getEnd() <= ACTOR_WINDOW)
                .map(Entity::getCanonical)
                .findFirst()
                .orElse(null);
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

    private List<TopicMatch> topics(FoldedText text) {
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (var match : taxonomy.find(text)) {
            if (Negation.denied(text, match.start())) {
                continue;
            }
            evidence.computeIfAbsent(match.value(), id -> new ArrayList<>()).add(Evidence.newBuilder()
                    .setText(text.original().substring(match.start(), match.end()))
                    .setStart(match.start())
                    .setEnd(match.end())
                    .build());
        }
        List<TopicMatch> topics = new ArrayList<>();
        evidence.forEach((id, found) -> {
            double score = score(found);
            if (score >= MIN_TOPIC_SCORE) {
                topics.add(new TopicMatch(id, score, found));
            }
        });
        return topics;
    }

    /**
     * Each piece of evidence halves the doubt, and a phrase of several words ("عبوة ناسفة") weighs as two single
     * words: one passing word (تفجير) scores 0.5, two words or one phrase 0.75, three 0.875 …
     */
    private static double score(List<Evidence> evidence) {
        double weight = 0;
        for (Evidence e : evidence) {
            weight += e.getText().strip().indexOf(' ') > 0 ? 2 : 1;
        }
        return 1 - Math.pow(0.5, weight);
    }

    private static String checksum(List<String> lines) {
        CRC32 crc = new CRC32();
        lines.forEach(line -> crc.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return String.format("%08x", crc.getValue());
    }
}
