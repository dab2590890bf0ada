package io.raqib.ingest.source;

import static io.raqib.ingest.source.FeedSourceReaderTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {

    private static final String TWO_FEEDS = """
            {"feeds": [
              {"name": "شفق نيوز", "url": "https://shafaq.example/ar/rss", "pollInterval": "PT10M", "language": "ar"},
              {"name": "عنب بلدي", "url": "https://enabbaladi.example/feed", "enabled": false}
            ]}
            """;

    @TempDir
    Path dir;

    private final FeedSourceReader reader = new FeedSourceReader(Duration.ofMinutes(1), Duration.ofMinutes(15));

    private SourceRegistry registry(Path file) {
        return new SourceRegistry(Optional.of(file), reader);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("feeds.json"), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheFile() throws IOException {
        SourceRegistry registry = registry(file(TWO_FEEDS));
        assertEquals(List.of("شفق نيوز", "عنب بلدي"), registry.feeds().stream().map(FeedSource::name).toList());
        assertTrue(registry.persistence().persistent());
        assertTrue(registry.find("عنب بلدي").isPresent());
    }

    @Test
    void changesAreWrittenBackAndSurviveARestart() throws IOException {
        Path file = file(TWO_FEEDS);
        SourceRegistry registry = registry(file);
        registry.add(json("{\"name\": \"روداو\", \"url\": \"https://rudaw.example/arabic/rss\", \"maxItems\": 20}"));
        registry.remove("شفق نيوز");
        assertEquals(List.of("عنب بلدي", "روداو"), registry(file).feeds().stream().map(FeedSource::name).toList());
        assertEquals(20, registry(file).find("روداو").orElseThrow().maxItems());
        // The move is atomic: no temporary file is left beside the feeds file.
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aMissingFileIsCreatedByTheFirstChange() {
        Path file = dir.resolve("feeds.json");
        SourceRegistry registry = registry(file);
        assertEquals(List.of(), registry.feeds());
        registry.add(json("{\"name\": \"روداو\", \"url\": \"https://rudaw.example/arabic/rss\"}"));
        assertTrue(Files.exists(file));
        assertEquals(1, registry(file).feeds().size());
    }

    @Test
    void aReadOnlyFileKeepsChangesInMemoryAndSaysSo() throws IOException {
        Path file = file(TWO_FEEDS);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(dir), "running as root: a read-only directory is writable");
            SourceRegistry registry = registry(file);
            assertFalse(registry.persistence().persistent());
            assertTrue(registry.persistence().note().contains("read-only"), registry.persistence().note());
            registry.add(json("{\"name\": \"روداو\", \"url\": \"https://rudaw.example/arabic/rss\"}"));
            assertEquals(3, registry.feeds().size());
            assertEquals(TWO_FEEDS, Files.readString(file));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFailedWriteKeepsTheChangeInMemoryAndSaysSo() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("config"));
        Path file = Files.writeString(sub.resolve("feeds.json"), TWO_FEEDS);
        SourceRegistry registry = registry(file);
        Files.delete(file);
        Files.delete(sub); // the volume went away under the service
        registry.add(json("{\"name\": \"روداو\", \"url\": \"https://rudaw.example/arabic/rss\"}"));
        assertEquals(3, registry.feeds().size());
        assertFalse(registry.persistence().persistent());
        assertTrue(registry.persistence().note().contains("writing the feeds file failed"), registry.persistence().note());
    }

    @Test
    void withoutAFileFeedsLiveInMemory() {
        SourceRegistry registry = new SourceRegistry(Optional.empty(), reader);
        assertNull(registry.persistence().file());
        assertTrue(registry.persistence().note().contains("lost at restart"));
        registry.add(json("{\"name\": \"روداو\", \"url\": \"https://rudaw.example/arabic/rss\"}"));
        assertEquals(1, registry.feeds().size());
    }

    @Test
    void aDuplicateNameIsAConflict() throws IOException {
        SourceRegistry registry = registry(file(TWO_FEEDS));
        SourceConflictException e = assertThrows(SourceConflictException.class,
                () -> registry.add(json("{\"name\": \"شفق نيوز\", \"url\": \"https://other.example/rss\"}")));
        assertTrue(e.getMessage().contains("exists already"));
        assertThrows(SourceNotFoundException.class, () -> registry.remove("غير موجود"));
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() throws IOException {
        Path file = file("""
                {"feeds": [
                  {"name": "شفق نيوز", "url": "https://shafaq.example/ar/rss"},
                  {"name": "شفق نيوز", "url": "https://shafaq.example/en/rss"},
                  {"name": "x", "url": "ftp://a.example/"},
                  {"name": "y", "url": "https://a.example/", "pollInterval": "PT5S"}
                ]}""");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry(file));
        assertTrue(e.getMessage().contains("feeds[1].name: duplicate name 'شفق نيوز'"), e.getMessage());
        assertTrue(e.getMessage().contains("feeds[2].url: url must be an absolute http(s) URL"), e.getMessage());
        assertTrue(e.getMessage().contains("feeds[3].pollInterval: pollInterval PT5S is shorter"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAFeedsFileIsRefused() throws IOException {
        assertTrue(assertThrows(IllegalStateException.class, () -> registry(file("{\"feeds\": [")))
                .getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(IllegalStateException.class, () -> registry(file("[{\"name\": \"x\"}]")))
                .getMessage().contains("{\"feeds\": [...]}"));
        assertEquals(List.of(), registry(file("  \n")).feeds());
    }
}
