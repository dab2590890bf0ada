package io.raqib.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.nlp.extract.Extractor;

/**
 * What the extractor finds, to the character, on a fixed set of texts: a guard for work that must not change the
 * output (speed work), and a record of what a deliberate change of the rules changed.
 * <p>
 * The texts ({@code golden/inputs.jsonl.gz}) are stored, so the guard does not move when its sources do: the 92
 * articles of {@code gold/gold.jsonl} (both splits: only the output is compared here, nothing is scored), the
 * sample article and every Arabic string of this module's tests, and 200 articles from the bench module's
 * {@code ArticleGenerator} (the 64 of {@code ExtractionBenchmark}, seed 42 at 5 KB; 36 of seed 7 from 0.5 to 20 KB;
 * 100 stories, spikes and retold stories of seed 11), all as of 2026-11-23. Each gold article is also run cut short
 * at three places (mid-word, to reach the end-of-text edge of every rule) and with harakat, tatweel and Arabic-Indic
 * digits sprinkled in (which folding must take out without losing an offset).
 * <p>
 * The expected output is {@code golden/extractions.jsonl.gz}: a first line with the model version, then one line
 * per text, {@code ExtractionJson} of its extraction. When the output changes on purpose (new rules, a model file
 * edited), rewrite it and say so in the commit:
 * {@code ../mvnw -B -o -q test -Dtest=GoldenOutputTest -Draqib.golden.write=true} (in nlp-service).
 */
class GoldenOutputTest {

    private static final String INPUTS = "/golden/inputs.jsonl.gz";
    private static final String EXPECTED = "/golden/extractions.jsonl.gz";
    private static final Path EXPECTED_SOURCE = Path.of("src/test/resources/golden/extractions.jsonl.gz");

    private final Extractor extractor = Extractor.bundled();

    @Test
    void extractsWhatItExtractedBefore() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : texts().entrySet()) {
            actual.put(input.getKey(), ExtractionJson.JSON.writeValueAsString(
                    ExtractionJson.of(extractor.extract(input.getValue()))));
        }
        if (Boolean.getBoolean("raqib.golden.write")) {
            write(actual);
            return;
        }
        List<String> expectedLines = lines(EXPECTED);
        String version = ExtractionJson.JSON.readTree(expectedLines.get(0)).path("modelVersion").asText();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : expectedLines.subList(1, expectedLines.size())) {
            JsonNode node = ExtractionJson.JSON.readTree(line);
            expected.put(node.path("id").asText(), ExtractionJson.JSON.writeValueAsString(node.path("extraction")));
        }
        assertEquals(expected.keySet(), actual.keySet(), "the texts of the golden set");
        List<String> differences = new ArrayList<>();
        expected.forEach((id, json) -> {
            if (!json.equals(actual.get(id))) {
                differences.add(id + ":\n  expected " + json + "\n  actual   " + actual.get(id));
            }
        });
        assertTrue(differences.isEmpty(), differences.size() + " of " + expected.size() + " extractions differ"
                + (version.equals(extractor.version()) ? "" : " (the model files changed: " + version + " → "
                        + extractor.version() + ")")
                + "; if on purpose, rewrite with -Draqib.golden.write=true and say why. First ones:\n"
                + String.join("\n", differences.subList(0, Math.min(5, differences.size()))));
    }

    /** Every text of the golden set by id, stored ones first, then the variants of the gold articles. */
    private static Map<String, String> texts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> gold = new ArrayList<>();
        for (String line : lines(INPUTS)) {
            JsonNode input = ExtractionJson.JSON.readTree(line);
            texts.put(input.path("id").asText(), input.path("text").asText());
            if (input.path("source").asText().equals("gold")) {
                gold.add(input.path("id").asText());
            }
        }
        for (String id : gold) {
            String text = texts.get(id);
            for (int k = 1; k <= 3; k++) {
                texts.put(id + "/cut" + k, text.substring(0, Math.min(text.length(), text.length() * k / 4 + k)));
            }
            texts.put(id + "/marked", marked(text));
        }
        return texts;
    }

    /** A fatha after every fifth Arabic letter, a tatweel after every thirteenth, digits in Arabic-Indic. */
    private static String marked(String text) {
        StringBuilder marked = new StringBuilder(text.length() + text.length() / 4);
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                marked.append((char) ('\u0660' + (c - '0')));
                continue;
            }
            marked.append(c);
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') {
                letters++;
                if (letters % 13 == 0) {
                    marked.append('\u0640');
                } else if (letters % 5 == 0) {
                    marked.append('\u064E');
                }
            }
        }
        return marked.toString();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + "; write it with -Draqib.golden.write=true");
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        }
    }

    private void write(Map<String, String> extractions) throws IOException {
        try (OutputStream file = Files.newOutputStream(EXPECTED_SOURCE);
                Writer out = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            out.write(ExtractionJson.JSON.createObjectNode().put("modelVersion", extractor.version()) + "\n");
            for (Map.Entry<String, String> extraction : extractions.entrySet()) {
                out.write("{\"id\":" + ExtractionJson.JSON.writeValueAsString(extraction.getKey()) + ",\"extraction\":"
                        + extraction.getValue() + "}\n");
            }
        }
    }
}
