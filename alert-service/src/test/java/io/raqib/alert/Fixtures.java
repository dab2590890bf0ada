package io.raqib.alert;

import java.time.Instant;
import java.util.List;

import io.raqib.schemas.TopicMention;

/** Mentions as nlp-service writes them, for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static TopicMention mention(String articleId, String topic, String place, Instant time, String source) {
        return TopicMention.newBuilder()
                .setTopicId(topic)
                .setPlace(place)
                .setArticleId(articleId)
                .setTime(time)
                .setSource(source)
                .setTitle("تحذيرات من تسلل عبر الحدود " + articleId)
                .setUrl("https://news.example/" + articleId)
                .setPhrases(List.of("محاولة تسلل"))
                .build();
    }
}
