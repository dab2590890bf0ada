package io.raqib.alert;

import io.raqib.schemas.TopicMention;

/**
 * What one series saw in one window: how many articles, from how many outlets, and the latest few as evidence.
 * An article counts once, however often it is delivered or re-posted. Bounded, whatever the traffic: at most
 * {@link #MAX_EVIDENCE} articles of evidence, {@link #MAX_SOURCES} outlets and {@link #MAX_ARTICLES} remembered ids.
 * Outlets and article ids are remembered by fingerprint ({@link FingerprintSet}): only whether one was seen matters.
 *
 * <p>A tally is read and written for every mention, so it is kept small ({@link TallySerde}: under 2 kB when full,
 * half a kilobyte of it the article ids).
 * Past {@link #MAX_ARTICLES} articles in a window, further ones count without the repeat check: a story re-posted
 * there could count twice, which moves a count of over a hundred by less than one percent, while the small series,
 * where one article is news, are counted exactly. (The limit was 1,000 until reading and writing those 8 kB for every
 * mention of a busy topic took a fifth of the service's CPU; tallies stored then still read.)
 *
 * @param outlets  the distinct outlets among the articles
 * @param articles the ids of the articles counted, to tell a re-delivery
 */
public record SeriesTally(long count, Evidence evidence, FingerprintSet outlets, FingerprintSet articles) {

    static final int MAX_EVIDENCE = 5;
    static final int MAX_SOURCES = 100;
    static final int MAX_ARTICLES = 128;
    /** The most article ids a stored tally may hold: what earlier releases kept. */
    static final int MAX_STORED_ARTICLES = 1000;

    public static SeriesTally empty() {
        return new SeriesTally(0, Evidence.NONE, FingerprintSet.EMPTY, FingerprintSet.EMPTY);
    }

    public SeriesTally add(TopicMention mention) {
        return add(MentionDigest.of(mention));
    }

    SeriesTally add(MentionDigest mention) {
        FingerprintSet voices = outlets;
        // An outlet that republished the story is one more voice only once.
        for (int outlet : mention.outlets()) {
            voices = voices.with(outlet, MAX_SOURCES);
        }
        if (articles.contains(mention.article())) {
            // The same story again, republished with more outlets (ingest merges near-duplicates under one id):
            // it does not count twice, but its outlets do count as independent voices.
            return voices == outlets ? this : new SeriesTally(count, evidence, voices, articles);
        }
        return new SeriesTally(count + 1, evidence.withNewest(mention.evidence(), MAX_EVIDENCE), voices,
                articles.with(mention.article(), MAX_ARTICLES));
    }
}
