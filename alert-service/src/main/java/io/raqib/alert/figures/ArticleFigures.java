package io.raqib.alert.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.Entity;
import io.raqib.schemas.Figure;
import io.raqib.schemas.FigureCategory;
import io.raqib.schemas.RawArticle;

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

    /** The article's figures, one entry per board they go to; figures with no value at all are left out. */
    public static List<ArticleFigures> of(EnrichedArticle enriched) {
        RawArticle article = enriched.getArticle();
        Map<String, String> arabic = arabicLabels(enriched.getEntities());
        Instant reportedAt = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
        Map<BoardKey, List<FigureReport>> byBoard = new LinkedHashMap<>();
        for (Figure figure : enriched.getFigures()) {
            if (!BOARDED.contains(figure.getCategory()) || figure.getLow() == null && figure.getHigh() == null) {
                continue;
            }
            byBoard.computeIfAbsent(new BoardKey(figure.getActor(), figure.getCategory()), key -> new ArrayList<>())
                    .add(new FigureReport(article.getId(), article.getTitle(), article.getUrl(), article.getSource(),
                            reportedAt.toEpochMilli(), figure.getSource(), label(arabic, figure.getSource()),
                            figure.getPlace(), label(arabic, figure.getPlace()), figure.getText(), figure.getLow(),
                            figure.getHigh(), figure.getApproximate(), figure.getVague()));
        }
        List<ArticleFigures> updates = new ArrayList<>();
        byBoard.forEach((board, reports) -> updates.add(new ArticleFigures(board.actor(),
                label(arabic, board.actor()), board.category(), article.getId(), List.copyOf(reports))));
        return updates;
    }

    /** canonical → Arabic label, from the entities the article names: the desk reads Arabic. */
    private static Map<String, String> arabicLabels(List<Entity> entities) {
        Map<String, String> labels = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.getCanonicalAr() != null) {
                labels.putIfAbsent(entity.getCanonical(), entity.getCanonicalAr());
            }
        }
        return labels;
    }

    private static String label(Map<String, String> arabic, String canonical) {
        return canonical == null ? null : arabic.get(canonical);
    }
}
