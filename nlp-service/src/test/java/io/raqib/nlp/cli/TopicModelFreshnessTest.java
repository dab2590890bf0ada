package io.raqib.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.raqib.nlp.extract.Extractor;
import io.raqib.nlp.extract.TopicModel;

/**
 * The topic model shipped in the jar is the one the dev gold and today's rules give. A change to either moves the
 * features the model was fitted on, so it must be refitted (and its cross-validated score read) before it ships,
 * as the golden output must be rewritten when the output moves.
 */
class TopicModelFreshnessTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/gold.jsonl");
    private static final String REFIT = "refit it from the repository root: ./raqib train-topics "
            + "nlp-service/src/test/resources/gold/gold.jsonl --out nlp-service/src/main/resources/raqib/topic-model.tsv";

    @Test
    void theBundledTopicModelIsFittedToTheDevGoldAsItIs() throws IOException {
        Map<String, Double> bundled = values(TopicModel.bundled().lines());
        Map<String, Double> fitted = values(TopicTraining.fitted(Extractor.bundled(), GOLD, "dev").lines());

        assertEquals(fitted.keySet(), bundled.keySet(), "the topics or features changed; " + REFIT);
        // Not to the last digit: Math.exp may round differently on another JVM, over thousands of steps.
        fitted.forEach((name, value) -> assertTrue(Math.abs(value - bundled.get(name)) <= 1e-3 * Math.max(1, Math.abs(value)),
                name + " is " + bundled.get(name) + " in the jar, " + value + " fitted now; " + REFIT));
    }

    private static Map<String, Double> values(List<String> lines) {
        Map<String, Double> values = new TreeMap<>();
        for (String line : lines) {
            String[] columns = line.split("\t");
            values.put(columns[0], Double.parseDouble(columns[1]));
        }
        return values;
    }
}
