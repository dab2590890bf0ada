package io.raqib.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of {@code POST /api/articles} (one JSON object or an array of them) read into articles. A batch is
 * validated whole: the first bad article rejects it, named by its place in the array. Plain Java, so the benchmark
 * can run it without Quarkus.
 */
public final class ArticleBatchReader {

    private final ArticleFactory factory;
    private final ObjectMapper json;
    private final int maxBatch;
    private final String defaultSource;

    public ArticleBatchReader(ArticleFactory factory, ObjectMapper json, int maxBatch, String defaultSource) {
        this.factory = factory;
        this.json = json;
        this.maxBatch = maxBatch;
        this.defaultSource = defaultSource;
    }

    /** @throws InvalidArticleException naming the first field that is wrong */
    public List<ReceivedArticle> read(byte[] request) {
        JsonNode root = readJson(strictUtf8(request));
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        if (items.isEmpty()) {
            throw new InvalidArticleException("", "the batch is empty");
        }
        if (items.size() > maxBatch) {
            throw new InvalidArticleException("", "a batch holds at most " + maxBatch + " articles; got " + items.size());
        }
        List<ReceivedArticle> articles = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = root.isArray() ? "[" + i + "]." : "";
            try {
                if (!items.get(i).isObject()) {
                    throw new InvalidArticleException("", "an article must be a JSON object");
                }
                articles.add(factory.create(json.treeToValue(items.get(i), ArticleSubmission.class), defaultSource));
            } catch (InvalidArticleException e) {
                throw new InvalidArticleException(where + e.field(), (where.isEmpty() ? "" : "article " + i + ": ")
                        + e.getMessage());
            } catch (JsonProcessingException e) {
                throw new InvalidArticleException(where, "article " + i + " has a field of the wrong type: "
                        + e.getOriginalMessage());
            }
        }
        return articles;
    }

    private static String strictUtf8(byte[] request) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(request))
                    .toString();
        } catch (MalformedInputException e) {
            throw new InvalidArticleException("", "the request body is not valid UTF-8");
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("", "the request body is not valid UTF-8: " + e.getMessage());
        }
    }

    private JsonNode readJson(String text) {
        if (text.isBlank()) {
            throw new InvalidArticleException("", "the request body is empty");
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("", "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
