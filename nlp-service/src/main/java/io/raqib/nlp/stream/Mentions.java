package io.raqib.nlp.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.streams.KeyValue;

import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.Evidence;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Series;
import io.raqib.schemas.TopicMatch;
import io.raqib.schemas.TopicMention;

/**
 * The series an article counts in: each of its topics as a whole (key {@code topic}) and at each place it names
 * (key {@code topic@place}). Keying by series puts all of a series on one partition, ready for windowed counts.
 */
public final class Mentions {

    private Mentions() {
    }

    public static String series(String topicId, String place) {
        return new Series(topicId, place).key();
    }

    public static List<KeyValue<String, TopicMention>> of(EnrichedArticle enriched) {
        RawArticle article = enriched.getArticle();
        Set<String> places = new LinkedHashSet<>();
        for (Entity entity : enriched.getEntities()) {
            if (entity.getType() == EntityType.PLACE) {
                places.add(entity.getCanonical());
            }
        }
        List<KeyValue<String, TopicMention>> mentions = new ArrayList<>();
        for (TopicMatch topic : enriched.getTopics()) {
            List<String> phrases = topic.getEvidence().stream().map(Evidence::getText).distinct().toList();
            mentions.add(mention(article, topic.getId(), null, phrases));
            for (String place : places) {
                mentions.add(mention(article, topic.getId(), place, phrases));
            }
        }
        return mentions;
    }

    /** Event time: when the article was published, or fetched when it does not say. */
    public static Instant eventTime(RawArticle article) {
        return article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
    }

    private static KeyValue<String, TopicMention> mention(RawArticle article, String topicId, String place,
            List<String> phrases) {
        return KeyValue.pair(series(topicId, place), TopicMention.newBuilder()
                .setTopicId(topicId)
                .setPlace(place)
                .setArticleId(article.getId())
                .setTime(eventTime(article))
                .setSource(article.getSource())
                .setAlsoReportedBy(article.getAlsoReportedBy())
                .setTitle(article.getTitle())
                .setUrl(article.getUrl())
                .setPhrases(phrases)
                .build());
    }
}
