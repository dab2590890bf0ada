package io.raqib.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

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
