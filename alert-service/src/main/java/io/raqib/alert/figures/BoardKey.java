package io.raqib.alert.figures;

import io.raqib.schemas.FigureCategory;

/**
 * One figures board: the figures of one category reported for one actor (ISIS × FIGHTERS), or for no actor named
 * (× DETAINEES). Its key in the boards store, and its path in the API, write a missing actor as {@value #NO_ACTOR}.
 */
public record BoardKey(String actor, FigureCategory category) {

    public static final String NO_ACTOR = "-";

    /** actor|CATEGORY: canonical actor labels never hold a '|', the gazetteer's alias separator. */
    public String key() {
        return (actor == null ? NO_ACTOR : actor) + "|" + category.name();
    }

    /** The actor as the API writes it in a path. */
    public String actorToken() {
        return actor == null ? NO_ACTOR : actor;
    }

    public static BoardKey of(String actorToken, FigureCategory category) {
        return new BoardKey(NO_ACTOR.equals(actorToken) ? null : actorToken, category);
    }
}
