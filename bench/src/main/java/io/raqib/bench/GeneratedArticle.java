package io.raqib.bench;

/**
 * One article of a benchmark run, as a client will POST it (publication time is added when it is sent).
 *
 * @param sequence  its place in the run, from 0
 * @param kind      a new story, another outlet's copy of an earlier one, or part of a spike
 * @param copyOf    for a {@link Kind#NEAR_DUPLICATE}: the sequence of the story it copies; else -1
 * @param spike     for a {@link Kind#SPIKE}: the number of its spike, from 0; else -1
 * @param series    what the article is about, as {@code topic@place} with the place as written (Arabic)
 */
public record GeneratedArticle(long sequence, Kind kind, String title, String body, String url, String source,
        long copyOf, int spike, String series) {

    public enum Kind { STORY, NEAR_DUPLICATE, SPIKE }

    public int bodyBytes() {
        return ArticleGenerator.utf8(body);
    }
}
