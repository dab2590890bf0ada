package io.raqib.nlp.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;
    private final Background.Markers pastMarkers;
    private final TopicModel topicModel;
    private final String version;

    /** The extractor with the bundled topic model. */
    public Extractor(List<String> gazetteerLines, List<String> taxonomyLines) {
        this(gazetteerLines, taxonomyLines, bundledLines("topic-model.tsv"));
    }

    public Extractor(List<String> gazetteerLines, List<String> taxonomyLines, List<String> topicModelLines) {
        // One table for the phrases of all three: each form of each word of a text is looked up once (PhraseGroup).
        PhraseGroup phrases = new PhraseGroup();
        this.gazetteer = Gazetteer.parse(gazetteerLines, phrases);
        this.taxonomy = Taxonomy.parse(taxonomyLines, phrases);
        this.pastMarkers = new Background.Markers(phrases);
        this.topicModel = TopicModel.parse(topicModelLines);
        this.version = "extractor-0.2+g" + checksum(gazetteerLines) + "+t" + checksum(taxonomyLines) + "+m"
                + checksum(topicModelLines);
    }

    /** The extractor with the gazetteer, taxonomy and topic model shipped in this jar. */
    public static Extractor bundled() {
        return new Extractor(bundledLines("gazetteer.tsv"), bundledLines("taxonomy.tsv"));
    }

    /** A model file as shipped in this jar (gazetteer.tsv, taxonomy.tsv or topic-model.tsv). */
    public static List<String> bundledLines(String name) {
        return Resources.lines("/raqib/" + name);
    }

    /** Stamped on every enriched record, so output of a reprocessing run can be told apart. */
    public String version() {
        return version;
    }

    /** What judges the topics found: whether each is the article's news. */
    public TopicModel topicModel() {
        return topicModel;
    }

    /** A text with no title and no date. */
    public Extraction extract(String text) {
        return extract("", text, 0);
    }

    /**
     * An article: entities and figures from its text; topics from its text, the title helping to tell its news from
     * its background.
     *
     * @param year the year it was published, or 0 when unknown (then the latest year the text names stands for it)
     */
    public Extraction extract(String title, String text, int year) {
        Read read = read(title, text, year);
        List<TopicMatch> topics = new ArrayList<>();
        read.candidates().forEach((id, candidate) -> {
            double probability = topicModel.probability(id, candidate.features());
            if (topicModel.accepts(probability)) {
                topics.add(new TopicMatch(id, probability, candidate.evidence()));
            }
        });
        return new Extraction(read.entities(), read.figures(), topics);
    }

    /**
     * Every topic with any evidence in an article, and what the topic model reads of it, whether it accepts it or
     * not: what {@code ./raqib train-topics} learns from.
     */
    public Map<String, double[]> topicFeatures(String title, String text, int year) {
        Map<String, double[]> features = new LinkedHashMap<>();
        read(title, text, year).candidates().forEach((id, candidate) -> features.put(id, candidate.features()));
        return features;
    }

    /** A topic with evidence, before the model judges it. */
    private record Candidate(List<Evidence> evidence, double[] features) {
    }

    private record Read(List<Entity> entities, List<Figure> figures, Map<String, Candidate> candidates) {
    }

    private Read read(String title, String text, int year) {
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
        return new Read(entities, figures, candidates(folded, sentences, entities, figures, title, year));
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
     * The topics with evidence, each judged by the topic model on where its evidence stands. A phrase of several
     * words ("عبوة ناسفة") weighs as two mentions, a figure the taxonomy counts for the topic as one. A phrase inside
     * an organisation's name (قيادة العمليات المشتركة) is no mention; a place's name may be (مخيم الهول).
     */
    private Map<String, Candidate> candidates(FoldedText text, Sentences sentences, List<Entity> entities,
            List<Figure> figures, String title, int year) {
        Map<String, List<TopicFeatures.Mention>> mentions = mentions(text, entities, figures);
        if (mentions.isEmpty()) {
            return Map.of();
        }
        mentions.values().forEach(found -> found.sort(Comparator.comparingInt(TopicFeatures.Mention::start)));
        Set<String> inTitle = titleTopics(title);
        Paragraphs paragraphs = Paragraphs.of(text.original());
        Background background = Background.of(text, sentences, paragraphs, year, pastMarkers);
        int leading = TopicFeatures.leadingWeight(mentions);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        mentions.forEach((id, found) -> candidates.put(id, new Candidate(
                found.stream().map(TopicFeatures.Mention::evidence).toList(), TopicFeatures.of(found, leading,
                        inTitle.contains(id), text.original().length(), sentences, paragraphs, background))));
        return candidates;
    }

    /** The topics a title names: its phrases, by the same rules as the text's. */
    private Set<String> titleTopics(String title) {
        if (title == null || title.isBlank()) {
            return Set.of();
        }
        FoldedText folded = FoldedText.of(title);
        return mentions(folded, entities(folded), List.of()).keySet();
    }

    /** Each topic's phrases and counted figures in a text, less those denied, taken back or in a name. */
    private Map<String, List<TopicFeatures.Mention>> mentions(FoldedText text, List<Entity> entities,
            List<Figure> figures) {
        Map<String, List<TopicFeatures.Mention>> evidence = new LinkedHashMap<>();
        var disqualified = taxonomy.disqualified(text);
        Negation negation = Negation.in(text);
        OrganisationNames organisations = new OrganisationNames(entities);
        for (var match : taxonomy.find(text)) {
            // The cheap test first: none of the three has side effects (the disqualifiers are looked for once).
            if (!organisations.contain(match) && !negation.denied(match.start()) && !disqualified.test(match)) {
                String written = text.original().substring(match.start(), match.end());
                add(evidence, match.value(), written, match.start(), written.strip().indexOf(' ') > 0 ? 2 : 1);
            }
        }
        for (Figure figure : figures) {
            if (partOfAGroup(text.original(), figure.getStart())) {
                continue; // ستة معتقلين بينهم امرأتان: the group was counted, its part is no more of the topic
            }
            for (String id : taxonomy.countedBy(figure.getCategory())) {
                if (!negation.denied(figure.getStart())) {
                    add(evidence, id, figure.getText(), figure.getStart(), 1);
                }
            }
        }
        return evidence;
    }

    /** The words before a part of a group (وبينهم ends in بينهم, so it is found too). */
    private static final List<String> AMONG_THEM = List.of("بينهم", "بينهن");

    /** Whether a figure at {@code start} is a part named after بينهم of a group counted before it. */
    private static boolean partOfAGroup(String original, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        for (String word : AMONG_THEM) {
            if (original.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
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

    /** A figure weighs one mention, a phrase of several words two, a word one. */
    private static void add(Map<String, List<TopicFeatures.Mention>> evidence, String topic, String text, int start,
            int weight) {
        evidence.computeIfAbsent(topic, id -> new ArrayList<>())
                .add(new TopicFeatures.Mention(new Evidence(text, start, start + text.length()), weight));
    }

    private static String checksum(List<String> lines) {
        CRC32 crc = new CRC32();
        lines.forEach(line -> crc.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return String.format("%08x", crc.getValue());
    }
}
