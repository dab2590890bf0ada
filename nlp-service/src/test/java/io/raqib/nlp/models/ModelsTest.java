package io.raqib.nlp.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.raqib.nlp.extract.Extractor;

class ModelsTest {

    /** The desk's own taxonomy: one topic, so what the bundled one finds and this one does not is plain to see. */
    private static final String DESK_TAXONOMY = "smuggling\tتهريب الوقود|مهربي الوقود\n";
    private static final String TEXT = "ضبطت القوات شبكة لتهريب الوقود عبر الحدود مع سوريا بعد محاولة تسلل ليلية.";

    @TempDir
    Path folder;

    private static boolean finds(Models models, String topic) {
        return models.get().extract(TEXT).topics().stream().anyMatch(t -> t.getId().equals(topic));
    }

    @Test
    void aFolderWithOnlyATaxonomyKeepsTheJarsGazetteer() throws IOException {
        Files.writeString(folder.resolve(Models.TAXONOMY), DESK_TAXONOMY);
        Models models = Models.from(folder, Clock.systemUTC());

        assertNotEquals(Extractor.bundled().version(), models.get().version());
        assertTrue(models.current().origin().contains("taxonomy.tsv; the rest from the jar"), models.current().origin());
        assertTrue(finds(models, "smuggling"));
        assertTrue(models.get().extract(TEXT).entities().stream().anyMatch(e -> e.getCanonical().equals("Syria")),
                "places still come from the jar's gazetteer");
    }

    @Test
    void aChangedFileIsLoadedWithANewVersionAndUnchangedFilesAreNot() throws IOException {
        Models models = Models.from(folder, Clock.systemUTC());
        assertEquals(Extractor.bundled().version(), models.get().version());
        assertEquals(Models.Reload.Outcome.UNCHANGED, models.reload().outcome());

        Files.writeString(folder.resolve(Models.TAXONOMY), DESK_TAXONOMY);
        Extractor before = models.get();
        Models.Reload reload = models.reload();

        assertEquals(Models.Reload.Outcome.LOADED, reload.outcome());
        assertEquals(models.get().version(), reload.version());
        assertNotEquals(before.version(), reload.version());
        assertTrue(finds(models, "smuggling"));
        assertEquals(Models.Reload.Outcome.UNCHANGED, models.reload().outcome());
    }

    @Test
    void aFileThatDoesNotParseLeavesTheModelsInService() throws IOException {
        Files.writeString(folder.resolve(Models.TAXONOMY), DESK_TAXONOMY);
        Models models = Models.from(folder, Clock.systemUTC());
        Extractor inService = models.get();

        Files.writeString(folder.resolve(Models.TAXONOMY), "smuggling without a tab\n");
        Models.Reload reload = models.reload();

        assertEquals(Models.Reload.Outcome.FAILED, reload.outcome());
        assertTrue(reload.error().contains("tab-separated columns"), reload.error());
        assertSame(inService, models.get());
        assertEquals(inService.version(), reload.version());
    }

    @Test
    void aServiceDoesNotStartOnModelsThatDoNotParse() throws IOException {
        Files.writeString(folder.resolve(Models.GAZETTEER), "only one column\n");
        var error = assertThrows(IllegalArgumentException.class, () -> Models.from(folder, Clock.systemUTC()));
        assertTrue(error.getMessage().startsWith("models in " + folder), error.getMessage());
    }

    @Test
    void theJarsModelsNeverChange() {
        Models models = Models.bundled();
        assertEquals("jar", models.current().origin());
        assertEquals(Models.Reload.Outcome.UNCHANGED, models.reload().outcome());
    }

    @Test
    void aTopicModelInTheFolderJudgesTheTopics() throws IOException {
        // A model that takes nothing: the desk's file is read, and a broken one keeps the service on the jar's.
        assertFalse(Models.bundled().get().extract(TEXT).topics().isEmpty());
        List<String> never = new java.util.ArrayList<>(io.raqib.nlp.extract.TopicModel.bundled().lines());
        never.set(0, "threshold\t1.01");
        Files.write(folder.resolve(Models.TOPIC_MODEL), never);
        Models models = Models.from(folder, Clock.systemUTC());
        assertTrue(models.current().origin().contains("topic-model.tsv; the rest from the jar"), models.current().origin());
        assertTrue(models.get().extract(TEXT).topics().isEmpty());

        Files.writeString(folder.resolve(Models.TOPIC_MODEL), "threshold\t0.5\n");
        Models.Reload reload = models.reload();
        assertEquals(Models.Reload.Outcome.FAILED, reload.outcome());
        assertTrue(reload.error().contains("topic model: needs threshold, bias and"), reload.error());
    }
}
