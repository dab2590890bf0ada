package io.raqib.ingest.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.raqib.ingest.ArticleFactory;
import io.raqib.ingest.ArticleIntake;
import io.raqib.ingest.ArticlePublisher;
import io.raqib.ingest.ArticleSubmission;
import io.raqib.ingest.InvalidArticleException;
import io.raqib.ingest.ReceivedArticle;

/**
 * A watched folder for articles that come as files (exports, a colleague's saved pages). Every file taken is moved to
 * {@code done/}, or to {@code failed/} with a {@code .reason.txt} beside it saying why; when Kafka is away a file stays
 * where it is and is tried again, so nothing dropped is lost.
 * <p>
 * The folder is scanned rather than watched with inotify, which misses events on network and container volumes.
 * A file is taken once it has not changed for {@code settle}, so a file still being copied is not read half-written;
 * hidden files and {@code .tmp}/{@code .part} files are left alone (write under such a name, then rename).
 */
@ApplicationScoped
public class DropFolder {

    private static final Logger LOG = Logger.getLogger(DropFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final Optional<Path> folder;
    private final Duration interval;
    private final Duration settle;
    private final long maxFileBytes;
    private final String defaultSource;
    private final ArticleFactory factory;
    private final ArticleIntake intake;
    private final DropFileReader reader;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService scanner;

    @Inject
    public DropFolder(@ConfigProperty(name = "raqib.ingest.drop-folder.path") Optional<String> folder,
            @ConfigProperty(name = "raqib.ingest.drop-folder.scan-interval", defaultValue = "PT2S") Duration interval,
            @ConfigProperty(name = "raqib.ingest.drop-folder.settle", defaultValue = "PT1S") Duration settle,
            @ConfigProperty(name = "raqib.ingest.drop-folder.max-file-bytes", defaultValue = "16000000") long maxFileBytes,
            @ConfigProperty(name = "raqib.ingest.drop-folder.source", defaultValue = "folder") String defaultSource,
            ArticleFactory factory, ArticleIntake intake, ObjectMapper json, MeterRegistry metrics) {
        this.folder = folder.filter(f -> !f.isBlank()).map(Path::of);
        this.interval = interval;
        this.settle = settle;
        this.maxFileBytes = maxFileBytes;
        this.defaultSource = defaultSource;
        this.factory = factory;
        this.intake = intake;
        this.reader = new DropFileReader(json);
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent event) throws IOException {
        if (folder.isEmpty()) {
            return;
        }
        Path root = folder.get();
        Files.createDirectories(root.resolve("done"));
        Files.createDirectories(root.resolve("failed"));
        scanner = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "drop-folder"));
        scanner.scheduleWithFixedDelay(this::scanSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.infof("watching %s for .txt, .html and .json articles", root.toAbsolutePath());
    }

    @PreDestroy
    void stop() {
        if (scanner != null) {
            scanner.shutdownNow();
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException | IOException e) {
            // The scan is retried at the next tick; an exception must not cancel the schedule.
            LOG.errorf(e, "scanning the drop folder failed");
        }
    }

    void scan() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder.orElseThrow())) {
            files = listing.filter(Files::isRegularFile).filter(DropFolder::isCandidate)
                    .sorted(Comparator.comparing(DropFolder::modified)).toList();
        }
        Instant settled = clock.instant().minus(settle);
        for (Path file : files) {
            if (modified(file).isAfter(settled)) {
                continue;
            }
            if (!take(file)) {
                return;
            }
        }
    }

    /** @return false when Kafka is away: the file stays and the scan stops until the next tick */
    private boolean take(Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            if (!DropFileReader.supports(name)) {
                throw new InvalidArticleException("file", "unsupported file type; drop .txt, .html or .json files");
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new InvalidArticleException("file",
                        "the file has " + size + " bytes; the limit is " + maxFileBytes);
            }
            List<ReceivedArticle> articles = articles(reader.read(name, Files.readAllBytes(file)));
            ArticleIntake.Admission admission = intake.admit(articles, "folder");
            move(file, "done");
            count("done");
            LOG.infof("%s: %d article(s), %d published", name, articles.size(), admission.receipts().size());
        } catch (ArticlePublisher.UnavailableException e) {
            count("retry");
            LOG.warnf("%s stays in the drop folder until Kafka is back: %s", name, e.getMessage());
            return false;
        } catch (InvalidArticleException e) {
            fail(file, (e.field().isEmpty() ? "" : e.field() + ": ") + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s could not be ingested", name);
            fail(file, "could not be ingested: " + e);
        }
        return true;
    }

    private List<ReceivedArticle> articles(List<ArticleSubmission> submissions) {
        return submissions.stream().map(s -> factory.create(s, defaultSource)).toList();
    }

    private void fail(Path file, String reason) throws IOException {
        Path moved = move(file, "failed");
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + "\n",
                StandardCharsets.UTF_8);
        count("failed");
        LOG.warnf("%s moved to failed/: %s", file.getFileName(), reason);
    }

    /** Moves a file into a subfolder, stamping its name if one of that name is already there. */
    private Path move(Path file, String subfolder) throws IOException {
        Path target = file.resolveSibling(subfolder).resolve(file.getFileName());
        if (Files.exists(target)) {
            target = target.resolveSibling(STAMP.format(clock.instant()) + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private void count(String outcome) {
        metrics.counter("raqib.ingest.folder.files", "outcome", outcome).increment();
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part");
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            // Gone between listing and now (taken by hand): sorted last and skipped as not yet settled.
            return Instant.MAX;
        }
    }
}
