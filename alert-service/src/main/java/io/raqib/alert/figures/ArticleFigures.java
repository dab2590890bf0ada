package io.raqib.alert.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.generic.GenericRecord;

import io.raqib.schemas.AvroProjection;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.FigureCategory;

/**
 * The figures one article reports for one board: what travels from the article to its board (through a repartition
 * by board), and replaces whatever that article had said there before.
 */
public record ArticleFigures(String actor, String actorAr, FigureCategory category, String articleId,
        List<FigureReport> reports) {

    /**
     * Counts of people and things only: a sum of money is in some currency and an area in some unit, so their
     * estimates could not be compared on one board; OTHER is no category at all.
     */
    static final Set<FigureCategory> BOARDED = Set.of(FigureCategory.FIGHTERS, FigureCategory.TROOPS,
            FigureCategory.SECURITY_PERSONNEL, FigureCategory.DETAINEES, FigureCategory.CASUALTIES_KILLED,
            FigureCategory.CASUALTIES_WOUNDED, FigureCategory.PEOPLE, FigureCategory.WEAPONS);

    BoardKey board() {
        return new BoardKey(actor, category);
    }

    /** When the article reported, as its reports say: they all carry its time. */
    long reportedAt() {
        return reports.isEmpty() ? Long.MIN_VALUE : reports.get(0).reportedAt();
    }

    /**
     * What the board reads of an enriched article (field names of the schemas): its byline and figures, and the
     * entities' Arabic labels. The body, the topics and every offset are skipped undecoded; decoding whole articles
     * took a tenth of alert-service's CPU at 400 articles/s.
     */
    public static final AvroProjection READER = AvroProjection.of(EnrichedArticle.getClassSchema(), Map.of(
            "EnrichedArticle", Set.of("article", "entities", "figures"),
            "RawArticle", Set.of("id", "source", "url", "title", "publishedAt", "fetchedAt"),
            "Entity", Set.of("canonical", "canonicalAr"),
            "Figure", Set.of("text", "low", "high", "approximate", "vague", "category", "actor", "place", "source")));

    /**
     * The article's figures, one entry per board they go to; figures with no value at all are left out.
     *
     * @param enriched an enriched article as {@link #READER} reads it
     */
    public static List<ArticleFigures> of(GenericRecord enriched) {
        GenericRecord article = (GenericRecord) enriched.get("article");
        String id = (String) article.get("id");
        Long publishedAt = (Long) article.get("publishedAt"); // timestamps read as epoch milliseconds
        long reportedAt = publishedAt != null ? publishedAt : (Long) article.get("fetchedAt");
        Map<String, String> arabic = null; // labels are looked up only for an article that has figures to board
        Map<BoardKey, List<FigureReport>> byBoard = new LinkedHashMap<>();
        for (Object each : (List<?>) enriched.get("figures")) {
            GenericRecord figure = (GenericRecord) each;
            FigureCategory category = FigureCategory.valueOf(figure.get("category").toString());
            Double low = (Double) figure.get("low");
            Double high = (Double) figure.get("high");
            if (!BOARDED.contains(category) || low == null && high == null) {
                continue;
            }
            if (arabic == null) {
                arabic = arabicLabels((List<?>) enriched.get("entities"));
            }
            String speaker = (String) figure.get("source");
            String place = (String) figure.get("place");
            byBoard.computeIfAbsent(new BoardKey((String) figure.get("actor"), category), key -> new ArrayList<>())
                    .add(new FigureReport(id, (String) article.get("title"), (String) article.get("url"),
                            (String) article.get("source"), reportedAt, speaker, label(arabic, speaker), place,
                            label(arabic, place), (String) figure.get("text"), low, high,
                            (Boolean) figure.get("approximate"), (Boolean) figure.get("vague")));
        }
        List<ArticleFigures> updates = new ArrayList<>(byBoard.size());
        for (Map.Entry<BoardKey, List<FigureReport>> board : byBoard.entrySet()) {
            updates.add(new ArticleFigures(board.getKey().actor(), label(arabic, board.getKey().actor()),
                    board.getKey().category(), id, List.copyOf(board.getValue())));
        }
        return updates;
    }

    /** canonical → Arabic label, from the entities the article names: the desk reads Arabic. */
    private static Map<String, String> arabicLabels(List<?> entities) {
        Map<String, String> labels = new HashMap<>();
        for (Object each : entities) {
            GenericRecord entity = (GenericRecord) each;
            String arabic = (String) entity.get("canonicalAr");
            if (arabic != null) {
                labels.putIfAbsent((String) entity.get("canonical"), arabic);
            }
        }
        return labels;
    }

    private static String label(Map<String, String> arabic, String canonical) {
        return canonical == null ? null : arabic.get(canonical);
    }
}
