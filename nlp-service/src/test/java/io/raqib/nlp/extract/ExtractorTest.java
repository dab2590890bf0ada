package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.raqib.nlp.SampleArticles;
import io.raqib.schemas.Entity;
import io.raqib.schemas.Figure;
import io.raqib.schemas.TopicMatch;

class ExtractorTest {

    private final Extractor extractor = Extractor.bundled();

    @Test
    void findsPlacesOrganisationsFiguresAndTopicsAtTheirOffsets() {
        Extraction found = extractor.extract(SampleArticles.BORDER_AND_PRISON);

        List<String> canonical = found.entities().stream().map(Entity::getCanonical).toList();
        assertTrue(canonical.containsAll(List.of("Al-Qaim", "ISIS", "Badia", "Ghwayran prison", "Hasakah")),
                canonical.toString());
        for (Entity entity : found.entities()) {
            assertEquals(entity.getText(), SampleArticles.BORDER_AND_PRISON.substring(entity.getStart(), entity.getEnd()));
        }

        Figure fighters = found.figures().get(0);
        assertEquals("قرابة 3 آلاف مسلح", fighters.getText());
        assertEquals(3000.0, fighters.getLow());
        assertEquals("ISIS", fighters.getActor());

        List<String> topics = found.topics().stream().map(TopicMatch::getId).toList();
        assertTrue(topics.containsAll(List.of("border_infiltration", "prison_break")), topics.toString());
        TopicMatch infiltration = found.topics().stream().filter(t -> t.getId().equals("border_infiltration"))
                .findFirst().orElseThrow();
        // The score is the topic model's probability that the topic is the article's news.
        assertEquals(extractor.topicModel().probability("border_infiltration",
                extractor.topicFeatures("", SampleArticles.BORDER_AND_PRISON, 0).get("border_infiltration")),
                infiltration.getScore());
        assertTrue(extractor.topicModel().accepts(infiltration.getScore()));
        infiltration.getEvidence().forEach(e -> assertEquals(e.getText(), SampleArticles.BORDER_AND_PRISON.substring(e.getStart(), e.getEnd())));
    }

    @Test
    void stampsAVersionThatChangesWithTheModelFiles() {
        var other = new Extractor(List.of("PLACE\tIraq\tالعراق\tالعراق"), List.of("airstrike\tغارة"));
        assertTrue(extractor.version().startsWith("extractor-"));
        assertTrue(!extractor.version().equals(other.version()));
    }
}
