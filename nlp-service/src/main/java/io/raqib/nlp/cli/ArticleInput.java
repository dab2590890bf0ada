package io.raqib.nlp.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

/** An article read from JSON (a gold line or an input file): its title, its text and the year it was published. */
record ArticleInput(String title, String text, int year) {

    /**
     * @param textField {@code text} in a gold file, {@code body} in a RawArticle-shaped input
     * @throws IllegalArgumentException when a date is given and is neither an ISO date nor an instant
     */
    static ArticleInput of(JsonNode article, String textField) {
        return new ArticleInput(article.path("title").asText(""), article.path(textField).asText(),
                year(article.path("published").asText(article.path("publishedAt").asText(""))));
    }

    /** The year of an ISO date (2026-10-14) or instant (2026-10-14T08:00:00Z); 0 when none is given. */
    static int year(String date) {
        if (date.isBlank()) {
            return 0;
        }
        try {
            return date.length() == 10 ? LocalDate.parse(date).getYear()
                    : Instant.parse(date).atZone(ZoneOffset.UTC).getYear();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date or instant: " + date, e);
        }
    }
}
