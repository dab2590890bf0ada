package io.raqib.nlp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A gold file's articles, one JSON object per line (docs/annotation.md), as eval and train-topics read them. */
final class GoldFile {

    private GoldFile() {
    }

    /**
     * @param onlySplit the split to keep (dev, test …), or null for all of them
     * @throws IOException naming the line, for a line that is not JSON
     */
    static List<JsonNode> articles(Path gold, String onlySplit) throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode article;
            try {
                article = ExtractionJson.JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IOException(gold + " line " + (i + 1) + ": not JSON: " + e.getMessage(), e);
            }
            if (onlySplit == null || onlySplit.equals(splitOf(article))) {
                articles.add(article);
            }
        }
        return articles;
    }

    /** An article's split; one without is scored as "all". */
    static String splitOf(JsonNode article) {
        return article.path("split").asText("all");
    }
}
