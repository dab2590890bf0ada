package io.raqib.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A fresh, writable feeds file for a {@code @QuarkusTest}, holding one disabled feed the service reads at start. */
public class FeedsFileResource implements QuarkusTestResourceLifecycleManager {

    static final String FILE_FEED = "منصة الرصد الحدودي";

    @Override
    public Map<String, String> start() {
        try {
            Path file = Files.createTempDirectory("raqib-feeds").resolve("feeds.json");
            Files.writeString(file, """
                    {"feeds": [
                      {"name": "%s", "url": "http://127.0.0.1:9/rss", "pollInterval": "PT1H", "language": "ar",
                       "enabled": false}
                    ]}
                    """.formatted(FILE_FEED), StandardCharsets.UTF_8);
            return Map.of("raqib.ingest.feeds-file", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The temporary directory is the JVM's to clean.
    }
}
