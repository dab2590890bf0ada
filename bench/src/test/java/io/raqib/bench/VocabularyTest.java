package io.raqib.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.raqib.nlp.extract.Extractor;
import io.raqib.schemas.TopicMatch;

/** The templates against the real extractor: a spike raises its own topic, and padding raises none. */
class VocabularyTest {

    private final Extractor extractor = Extractor.bundled();
    private final ArticleGenerator writer = new ArticleGenerator(5);

    private List<String> topics(String text) {
        return extractor.extract(text).topics().stream().map(TopicMatch::getId).toList();
    }

    @Test
    void everyTopicSentenceRaisesItsTopicOnItsOwn() {
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<String>> topic : Vocabulary.TOPIC_SENTENCES.entrySet()) {
            for (String template : topic.getValue()) {
                for (int i = 0; i < 8; i++) {
                    String sentence = writer.sentence(template, Vocabulary.SPIKE_PLACES.get(i));
                    if (!topics(sentence).contains(topic.getKey())) {
                        misses.add(topic.getKey() + ": " + sentence + " → " + topics(sentence));
                    }
                }
            }
        }
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    @Test
    void neutralSentencesRaiseNoTopic() {
        List<String> raised = new ArrayList<>();
        for (String template : Vocabulary.NEUTRAL) {
            for (int i = 0; i < 8; i++) {
                String sentence = writer.sentence(template, Vocabulary.SPIKE_PLACES.get(i));
                if (!topics(sentence).isEmpty()) {
                    raised.add(sentence + " → " + topics(sentence));
                }
            }
        }
        assertTrue(raised.isEmpty(), String.join("\n", raised));
    }

    @Test
    void everyTopicHasSentencesAndHeadlines() {
        assertEquals(Vocabulary.TOPIC_SENTENCES.keySet(), Vocabulary.HEADLINES.keySet());
        assertEquals(10, NewsFeed.topics().size());
    }
}
