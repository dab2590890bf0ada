package io.raqib.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;

import io.raqib.schemas.RawArticle;

/** Turns a submission into a {@link RawArticle}: validated, cleaned, hashed and given a stable id. */
public final class ArticleFactory {

    private final Clock clock;
    private final int maxBodyChars;

    public ArticleFactory(Clock clock, int maxBodyChars) {
        this.clock = clock;
        this.maxBodyChars = maxBodyChars;
    }

    public RawArticle create(ArticleSubmission submission, String defaultSource) {
        if (submission == null) {
            throw new InvalidArticleException("", "an article must be a JSON object");
        }
        String body = TextCleaner.clean(required("body", submission.body()));
        if (body.isEmpty()) {
            throw new InvalidArticleException("body", "body is empty after cleaning");
        }
        if (body.length() > maxBodyChars) {
            throw new InvalidArticleException("body",
                    "body has " + body.length() + " characters; the limit is " + maxBodyChars);
        }
        String title = TextCleaner.cleanLine(required("title", submission.title()));
        String url = url(submission.url());
        String source = blank(submission.source()) ? defaultSource : TextCleaner.cleanLine(submission.source());
        String contentHash = sha256(body.replaceAll("\\s+", " "));
        String language = blank(submission.language()) ? LanguageGuess.of(title + " " + body)
                : submission.language().strip().toLowerCase(Locale.ROOT);
        return RawArticle.newBuilder()
                // The same URL (or, without one, the same text) gets the same id, so a client's retry is no new article.
                .setId(sha256(url != null ? url : contentHash).substring(0, 24))
                .setSource(source)
                .setUrl(url)
                .setTitle(title)
                .setBody(body)
                .setLanguage(language)
                .setPublishedAt(publishedAt(submission.publishedAt()))
                .setFetchedAt(clock.instant())
                .setContentHash(contentHash)
                .build();
    }

    private static String required(String field, String value) {
        if (blank(value)) {
            throw new InvalidArticleException(field, field + " is required");
        }
        return value;
    }

    private static String url(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidArticleException("url", "url must be an absolute http(s) URL");
            }
            return uri.normalize().toString();
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("url", "url is not a valid URL: " + e.getReason());
        }
    }

    private static Instant publishedAt(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException again) {
                throw new InvalidArticleException("publishedAt",
                        "publishedAt must be ISO-8601 with an offset, e.g. 2024-03-03T08:00:00Z");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
