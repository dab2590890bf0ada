package io.raqib.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import io.raqib.ingest.dates.PublicationDate;
import io.raqib.ingest.dates.PublicationDates;
import io.raqib.ingest.dedup.TextFingerprint;
import io.raqib.ingest.dedup.UnsupportedUrlException;
import io.raqib.ingest.dedup.UrlCanonicalizer;

import io.raqib.schemas.RawArticle;
import io.raqib.schemas.StepCpu;

/**
 * Turns a submission into a {@link RawArticle}: validated, cleaned, hashed and given a stable id; with the fingerprint
 * of its body, which the dedup gate compares ({@link ReceivedArticle}).
 */
public final class ArticleFactory {

    private final Clock clock;
    private final int maxBodyChars;
    private final ZoneId zone;
    private final PublicationDates dates = new PublicationDates();
    private final LanguageDetector languages = new LanguageDetector();
    private final StepCpu making = new StepCpu();

    /** @param zone where a date written without a zone is read (the desk's region, e.g. Asia/Baghdad) */
    public ArticleFactory(Clock clock, int maxBodyChars, ZoneId zone) {
        this.clock = clock;
        this.maxBodyChars = maxBodyChars;
        this.zone = zone;
    }

    public ReceivedArticle create(ArticleSubmission submission, String defaultSource) {
        return create(submission, defaultSource, null);
    }

    /**
     * @param languageHint the language a source is known to publish in (a feed's setting), used when the text does
     *                     not tell; a submission's own {@code language} is taken as given
     */
    public ReceivedArticle create(ArticleSubmission submission, String defaultSource, String languageHint) {
        return making.time(() -> make(submission, defaultSource, languageHint));
    }

    /** The CPU that making articles took, all so far: cleaning, dating, the language and the dedup fingerprint. */
    public StepCpu making() {
        return making;
    }

    private ReceivedArticle make(ArticleSubmission submission, String defaultSource, String languageHint) {
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
        // Folded for comparison (hamza, taa marbuta, diacritics, digits): the hash the dedup index knows too. The
        // sketch comes with it, for the dedup gate: the body is folded once.
        TextFingerprint fingerprint = TextFingerprint.of(body);
        String contentHash = fingerprint.contentHash();
        if (contentHash == null) {
            throw new InvalidArticleException("body", "body has no words, only symbols or punctuation");
        }
        String language = blank(submission.language()) ? languages.detect(title, body, languageHint)
                : submission.language().strip().toLowerCase(Locale.ROOT);
        Instant fetchedAt = clock.instant();
        Optional<PublicationDate> published = publishedAt(submission.publishedAt(), body, fetchedAt);
        RawArticle article = RawArticle.newBuilder()
                // The same URL (or, without one, the same text) gets the same id, so a client's retry is no new article.
                .setId(TextFingerprint.sha256(url != null ? url : contentHash).substring(0, 24))
                .setSource(source)
                .setUrl(url)
                .setTitle(title)
                .setBody(body)
                .setLanguage(language)
                .setPublishedAt(published.map(PublicationDate::instant).orElse(null))
                .setPublishedApproximate(published.map(PublicationDate::approximate).orElse(false))
                .setFetchedAt(fetchedAt)
                .setContentHash(contentHash)
                .build();
        return new ReceivedArticle(article, fingerprint);
    }

    private static String required(String field, String value) {
        if (blank(value)) {
            throw new InvalidArticleException(field, field + " is required");
        }
        return value;
    }

    /** Canonical: tracking parameters, AMP markers, fragments and default ports gone, so a URL names one article. */
    private static String url(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UrlCanonicalizer.canonicalOrThrow(value.strip());
        } catch (UnsupportedUrlException e) {
            throw new InvalidArticleException("url", "url must be an absolute http(s) URL: " + e.getMessage());
        }
    }

    /** The date the client gave (ISO-8601 or any form a page's metadata uses), else one written in the text. */
    private Optional<PublicationDate> publishedAt(String given, String body, Instant fetchedAt) {
        if (blank(given)) {
            return dates.fromText(body, fetchedAt, zone);
        }
        Optional<PublicationDate> date = dates.fromMetadata(given.strip(), zone);
        if (date.isEmpty()) {
            throw new InvalidArticleException("publishedAt",
                    "publishedAt must be a date, e.g. 2024-03-03T08:00:00Z or 2024-03-03 11:00");
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
