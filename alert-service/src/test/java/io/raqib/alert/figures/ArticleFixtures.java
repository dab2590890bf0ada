package io.raqib.alert.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.Figure;
import io.raqib.schemas.FigureCategory;
import io.raqib.schemas.RawArticle;

/** Enriched articles as nlp-service writes them, with the figures already read, for the tests. */
public final class ArticleFixtures {

    private ArticleFixtures() {
    }

    /** An article of {@code outlet} published at {@code publishedAt}, naming the given entities and figures. */
    public static EnrichedArticle article(String id, String outlet, Instant publishedAt, String title,
            List<Entity> entities, List<Figure> figures) {
        String body = title + "\n\n" + String.join(" ", figures.stream().map(Figure::getText).toList());
        RawArticle article = RawArticle.newBuilder()
                .setId(id)
                .setSource(outlet)
                .setUrl("https://news.example/" + id)
                .setTitle(title)
                .setBody(body)
                .setLanguage("ar")
                .setPublishedAt(publishedAt)
                .setFetchedAt(publishedAt.plusSeconds(120))
                .setContentHash("hash-" + id)
                .build();
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setEntities(new ArrayList<>(entities))
                .setFigures(new ArrayList<>(figures))
                .setTopics(List.of())
                .setModelVersion("test")
                .setEnrichedAt(publishedAt.plusSeconds(180))
                .build();
    }

    public static Entity organisation(String canonical, String arabic) {
        return entity(EntityType.ORGANIZATION, canonical, arabic);
    }

    public static Entity place(String canonical, String arabic) {
        return entity(EntityType.PLACE, canonical, arabic);
    }

    private static Entity entity(EntityType type, String canonical, String arabic) {
        return Entity.newBuilder().setType(type).setText(arabic).setCanonical(canonical).setCanonicalAr(arabic)
                .setStart(0).setEnd(arabic.length()).build();
    }

    /** A figure as the extractor reads it: low == high for one value, null low for "up to", null high for "more than". */
    public static Figure figure(String text, Double low, Double high, boolean approximate, FigureCategory category,
            String actor, String place, String speaker) {
        return Figure.newBuilder()
                .setText(text)
                .setStart(0)
                .setEnd(text.length())
                .setLow(low)
                .setHigh(high)
                .setApproximate(approximate)
                .setVague(false)
                .setCategory(category)
                .setActor(actor)
                .setPlace(place)
                .setSource(speaker)
                .build();
    }

    public static Figure vague(String text, double low, double high, FigureCategory category, String actor) {
        Figure figure = figure(text, low, high, false, category, actor, null, null);
        figure.setVague(true);
        return figure;
    }
}
