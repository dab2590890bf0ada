package io.raqib.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.raqib.nlp.extract.Extraction;
import io.raqib.nlp.extract.Extractor;

class ArticleGeneratorTest {

    @Test
    void theSameSeedWritesTheSameArticlesOfTheAskedSize() {
        String first = new ArticleGenerator(7).article(5120);
        assertEquals(first, new ArticleGenerator(7).article(5120));
        int size = first.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size >= 5120 && size < 5120 + 600, "size " + size);
    }

    @Test
    void itCountsUtf8BytesAsJavaWritesThem() {
        for (String text : List.of("", "abc", "قال إن 20 ألفا", "ﷺ €", "\uD83D\uDE00 emoji", "lone \uD83D high",
                "lone \uDE00 low", "\uD83D", new ArticleGenerator(3).article(3000))) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ArticleGenerator.utf8(text), text);
        }
    }

    @Test
    void itsArticlesGiveTheExtractorRealWork() {
        Extraction found = Extractor.bundled().extract(new ArticleGenerator(7).article(5120));
        assertFalse(found.entities().isEmpty());
        assertFalse(found.figures().isEmpty());
        assertFalse(found.topics().isEmpty());
    }

    @Test
    void theBenchmarkRunsOnce() {
        ExtractionBenchmark benchmark = new ExtractionBenchmark();
        benchmark.bytes = 2048;
        benchmark.articles();
        assertFalse(benchmark.extract().topics().isEmpty());
    }
}
