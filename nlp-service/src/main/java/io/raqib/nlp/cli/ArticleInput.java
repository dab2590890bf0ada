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
        JsonNode date = article.has("published") ? article.get("published") : article.path("publishedAt");
        return new ArticleInput(article.path("title").asText(""), article.path(textField).asText(),
                date.isNumber() ? Instant.ofEpochMilli(date.asLong()).atZone(ZoneOffset.UTC).getYear()
                        : year(date.asText("")));
    }

    /**
     * The year of an ISO date (2026-10-14) or instant (2026-10-14T08:00:00Z); 0 when none is given. (A number is
     * epoch milliseconds, as a RawArticle's publishedAt.)
     */
    static int year(String date) {
        if (date.isBlank() || date.equals("null")) {
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
