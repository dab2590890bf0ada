package io.raqib.ingest.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the evaluation corpus ({@code src/test/resources/dedup/corpus.txt}): a story as one outlet ran it.
 * Articles with the same {@code storyId} are the same story.
 */
record CorpusArticle(String storyId, String outlet, String variant, String title, String body) {

    static final String RESOURCE = "/dedup/corpus.txt";
    private static final String HEADER = "=== ";
    private static final String TITLE = "title: ";

    /** A stable, unique key: story, outlet and variant. */
    String key() {
        return storyId + "/" + variant + "/" + outlet;
    }

    static List<CorpusArticle> load() {
        try (InputStream in = CorpusArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header line "=== story | outlet | variant", then "title: …", then the body until the next header. */
    static List<CorpusArticle> parse(String text) {
        List<CorpusArticle> articles = new ArrayList<>();
        String[] header = null;
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(HEADER)) {
                if (header != null) {
                    articles.add(article(header, title, body));
                }
                header = line.substring(HEADER.length()).split("\\|");
                if (header.length != 3) {
                    throw new IllegalArgumentException("header needs story | outlet | variant: " + line);
                }
                title = null;
                body.setLength(0);
            } else if (header == null || line.startsWith("#") && title == null) {
                continue; // comments before the first article
            } else if (title == null && line.startsWith(TITLE)) {
                title = line.substring(TITLE.length()).strip();
            } else {
                body.append(line).append('\n');
            }
        }
        if (header != null) {
            articles.add(article(header, title, body));
        }
        return articles;
    }

    private static CorpusArticle article(String[] header, String title, StringBuilder body) {
        if (title == null) {
            throw new IllegalArgumentException("article " + String.join("|", header) + " has no title line");
        }
        return new CorpusArticle(header[0].strip(), header[1].strip(), header[2].strip(), title, body.toString().strip());
    }
}
