package io.raqib.ingest.feed;

import java.util.List;

/**
 * What an article page says, without the page around it.
 *
 * @param title        the headline: og:title, else the page's h1, else {@code <title>}, without " - SiteName"
 * @param text         the story text, cleaned ({@link BoilerplateCleaner}), paragraphs separated by a blank line;
 *                     empty when no text was found
 * @param canonicalUrl {@code <link rel=canonical>}, else og:url, else the URL the page was fetched from
 * @param dates        strings that may hold the date, most telling first: publication dates, then bare
 *                     {@code <time>} values, then modification dates
 */
public record ArticleText(String title, String text, String canonicalUrl, List<DateCandidate> dates) {

    public ArticleText {
        dates = List.copyOf(dates);
    }

    /**
     * Extracts title, main text, canonical URL and date strings from an article page. The caller caps the size of
     * what it downloads; the HTML parser itself copes with any markup, however broken.
     *
     * @param html    the page as served
     * @param pageUrl the URL it was fetched from, to make links absolute; may be null
     */
    public static ArticleText extract(String html, String pageUrl) {
        return MainTextExtractor.extract(html, pageUrl);
    }

    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
    }

    /** The most telling publication date string, else a bare {@code <time>} value, else null. */
    public String publishedHint() {
        for (DateCandidate date : dates) {
            if (date.kind() != DateCandidate.Kind.MODIFIED) {
                return date.value();
            }
        }
        return null;
    }
}
