package io.raqib.ingest.feed;

import java.util.List;

/**
 * One item of a feed, as text. Absent fields are null, never blank.
 *
 * @param title      headline, one line
 * @param link       the article's URL, made absolute against the feed's URL when it was relative
 * @param id         RSS guid, Atom id or RDF about; falls back to the link
 * @param published  the publication date exactly as the feed wrote it (pubDate, dc:date, published, issued)
 * @param updated    the update date as written (atom:updated, dcterms:modified), or null
 * @param summary    description / summary reduced to text, paragraphs separated by a blank line
 * @param content    content:encoded / atom content reduced to text, or null when the feed has only summaries
 * @param author     author, dc:creator or atom author name(s)
 * @param categories category / dc:subject / atom category labels, in feed order, without duplicates
 */
public record FeedItem(String title, String link, String id, String published, String updated, String summary,
        String content, String author, List<String> categories) {

    public FeedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The fullest text the feed gives: the content when present, else the summary (may be null). */
    public String text() {
        return content != null ? content : summary;
    }
}
