package io.raqib.ingest.folder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.ingest.ArticleSubmission;
import io.raqib.ingest.InvalidArticleException;
import io.raqib.ingest.feed.ArticleText;

/**
 * Reads a dropped file as the articles it holds:
 * <ul>
 * <li>{@code .txt}: the first non-blank line is the title, the rest the body (the date is found in the text);</li>
 * <li>{@code .html}/{@code .htm}: a saved article page, its main text extracted as for a feed's page;</li>
 * <li>{@code .json}: one article or an array, exactly as {@code POST /api/articles} takes them.</li>
 * </ul>
 * Text is UTF-8; a file that is not valid UTF-8 is read as Windows-1256, the encoding of older Arabic sites and tools.
 */
public final class DropFileReader {

    private static final Charset WINDOWS_ARABIC = Charset.forName("windows-1256");
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset=[\"']?([\\w-]+)",
            Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json;

    public DropFileReader(ObjectMapper json) {
        this.json = json;
    }

    /** Whether a file name is one this reader takes; any other is failed with the reason. */
    public static boolean supports(String fileName) {
        return switch (extension(fileName)) {
            case "txt", "html", "htm", "json" -> true;
            default -> false;
        };
    }

    /** @throws InvalidArticleException with the reason the file holds no article we can take */
    public List<ArticleSubmission> read(String fileName, byte[] content) {
        return switch (extension(fileName)) {
            case "txt" -> List.of(plainText(decode(content, null)));
            case "html", "htm" -> List.of(page(decode(content, declaredCharset(content))));
            case "json" -> submissions(strictUtf8(content));
            default -> throw new InvalidArticleException("file",
                    "unsupported file type; drop .txt, .html or .json files");
        };
    }

    private static ArticleSubmission plainText(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        if (newline < 0) {
            throw new InvalidArticleException("body",
                    "a .txt file needs a title on its first line and the article below it");
        }
        return new ArticleSubmission(stripped.substring(0, newline).strip(), stripped.substring(newline + 1), null,
                null, null, null);
    }

    private static ArticleSubmission page(String html) {
        ArticleText page = ArticleText.extract(html, null);
        if (page.text().isBlank()) {
            throw new InvalidArticleException("body", "no article text found in the page");
        }
        return new ArticleSubmission(page.title(), page.text(), page.canonicalUrl(), null, page.publishedHint(),
                null);
    }

    private List<ArticleSubmission> submissions(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new InvalidArticleException("", "expected an article object or an array of them");
        }
        List<ArticleSubmission> articles = new ArrayList<>();
        for (JsonNode item : root.isArray() ? root : List.of(root)) {
            try {
                articles.add(json.treeToValue(item, ArticleSubmission.class));
            } catch (JsonProcessingException e) {
                throw new InvalidArticleException("[" + articles.size() + "]",
                        "article " + articles.size() + " is not an article object: " + e.getOriginalMessage());
            }
        }
        if (articles.isEmpty()) {
            throw new InvalidArticleException("", "the array is empty");
        }
        return articles;
    }

    private static String decode(byte[] content, Charset declared) {
        if (declared != null) {
            return new String(content, declared);
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_ARABIC);
        }
    }

    /** JSON has no legacy encodings (RFC 8259): anything but UTF-8 is an error. */
    private static String strictUtf8(byte[] content) {
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("", "a .json file must be UTF-8");
        }
    }

    /** The charset a page declares in its first kilobytes, if Java knows it. */
    private static Charset declaredCharset(byte[] content) {
        Matcher m = META_CHARSET.matcher(new String(content, 0, Math.min(content.length, 4096),
                StandardCharsets.ISO_8859_1));
        if (m.find() && Charset.isSupported(m.group(1))) {
            return Charset.forName(m.group(1));
        }
        return null;
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
