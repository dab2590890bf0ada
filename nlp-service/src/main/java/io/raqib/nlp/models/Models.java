package io.raqib.nlp.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.raqib.nlp.extract.Extractor;

/**
 * The extractor in service, and its replacement when analysts change the gazetteer, the taxonomy or the topic model.
 * <p>
 * The models come from the jar, or from a folder (a Kubernetes ConfigMap mount) holding any of {@code gazetteer.tsv},
 * {@code taxonomy.tsv} and {@code topic-model.tsv} (from {@code ./raqib train-topics}); a file the folder lacks is
 * the jar's. A reload that fails to parse keeps the extractor in
 * service, so a typo in a ConfigMap never stops enrichment. Each record is enriched by one extractor, read once,
 * and stamped with its version.
 */
public final class Models implements Supplier<Extractor> {

    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String TAXONOMY = "taxonomy.tsv";
    public static final String TOPIC_MODEL = "topic-model.tsv";

    /** The extractor in service, where its files came from, and when it was loaded. */
    public record Loaded(Extractor extractor, String origin, Instant loadedAt) {
    }

    /** What a reload did: loaded a new version, found nothing changed, or failed and kept the old one. */
    public record Reload(Outcome outcome, String version, String error) {
        public enum Outcome { LOADED, UNCHANGED, FAILED }
    }

    private final Optional<Path> folder;
    private final Clock clock;
    private volatile Loaded current;
    private volatile Reload last;

    private Models(Optional<Path> folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.current = load();
        this.last = new Reload(Reload.Outcome.LOADED, current.extractor().version(), null);
    }

    /** The models shipped in the jar. */
    public static Models bundled() {
        return new Models(Optional.empty(), Clock.systemUTC());
    }

    /**
     * The models in {@code folder}, each file falling back to the jar's.
     *
     * @throws IllegalArgumentException if a file there does not parse: a service must not start on broken models
     */
    public static Models from(Path folder, Clock clock) {
        return new Models(Optional.of(folder), clock);
    }

    @Override
    public Extractor get() {
        return current.extractor();
    }

    public Loaded current() {
        return current;
    }

    public Reload lastReload() {
        return last;
    }

    /** Reads the folder again; swaps the extractor only if the files changed and parse. */
    public synchronized Reload reload() {
        if (folder.isEmpty()) {
            return last = new Reload(Reload.Outcome.UNCHANGED, current.extractor().version(), null);
        }
        try {
            Loaded candidate = load();
            if (candidate.extractor().version().equals(current.extractor().version())) {
                return last = new Reload(Reload.Outcome.UNCHANGED, current.extractor().version(), null);
            }
            current = candidate;
            return last = new Reload(Reload.Outcome.LOADED, candidate.extractor().version(), null);
        } catch (RuntimeException e) {
            return last = new Reload(Reload.Outcome.FAILED, current.extractor().version(), e.getMessage());
        }
    }

    private Loaded load() {
        List<String> gazetteer = lines(GAZETTEER);
        List<String> taxonomy = lines(TAXONOMY);
        List<String> topicModel = lines(TOPIC_MODEL);
        Extractor extractor;
        try {
            extractor = new Extractor(orBundled(gazetteer, GAZETTEER), orBundled(taxonomy, TAXONOMY),
                    orBundled(topicModel, TOPIC_MODEL));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("models in " + folder.map(Path::toString).orElse("the jar")
                    + " do not parse: " + e.getMessage(), e);
        }
        List<String> own = new java.util.ArrayList<>();
        if (gazetteer != null) {
            own.add(GAZETTEER);
        }
        if (taxonomy != null) {
            own.add(TAXONOMY);
        }
        if (topicModel != null) {
            own.add(TOPIC_MODEL);
        }
        String origin = folder.map(f -> f.toAbsolutePath() + " (" + String.join(", ", own)
                + (own.size() < 3 ? "; the rest from the jar" : "") + ")").orElse("jar");
        return new Loaded(extractor, origin, clock.instant());
    }

    private static List<String> orBundled(List<String> lines, String name) {
        return lines != null ? lines : Extractor.bundledLines(name);
    }

    /** The file's lines, or null when the folder does not have it. */
    private List<String> lines(String name) {
        Path file = folder.map(f -> f.resolve(name)).filter(Files::isRegularFile).orElse(null);
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
