package io.raqib.ingest;

/**
 * What a client POSTs to {@code /api/articles}: the article as it has it. Only title and body are required;
 * {@code publishedAt} is ISO-8601 (e.g. 2024-03-03T08:00:00Z or 2024-03-03T11:00:00+03:00).
 */
public record ArticleSubmission(String title, String body, String url, String source, String publishedAt,
        String language) {
}
