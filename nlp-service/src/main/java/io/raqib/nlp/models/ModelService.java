package io.raqib.nlp.models;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Serves the {@link Models} and reloads them without a restart: the models folder is read again every
 * {@code raqib.nlp.models.check-interval} (a ConfigMap update arrives as a changed file) and on
 * {@code POST /api/models/reload}. The {@code raqib.nlp.model.info} gauge carries the version in service.
 */
@ApplicationScoped
public class ModelService {

    private static final Logger LOG = Logger.getLogger(ModelService.class);

    private final Models models;
    private final MeterRegistry metrics;
    private final Duration checkInterval;
    private final boolean watched;
    private Gauge info;
    private ScheduledExecutorService checker;

    @Inject
    public ModelService(@ConfigProperty(name = "raqib.nlp.models.dir") Optional<String> dir,
            @ConfigProperty(name = "raqib.nlp.models.check-interval", defaultValue = "PT30S") Duration checkInterval,
            MeterRegistry metrics) {
        Optional<Path> folder = dir.filter(d -> !d.isBlank()).map(Path::of);
        this.models = folder.map(f -> Models.from(f, Clock.systemUTC())).orElseGet(Models::bundled);
        this.watched = folder.isPresent();
        this.checkInterval = checkInterval;
        this.metrics = metrics;
        publishVersion();
        LOG.infof("models %s from %s", models.get().version(), models.current().origin());
    }

    public Models models() {
        return models;
    }

    void start(@Observes StartupEvent event) {
        if (watched && !checkInterval.isZero()) {
            checker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "model-reload"));
            checker.scheduleWithFixedDelay(this::reload, checkInterval.toMillis(), checkInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (checker != null) {
            checker.shutdownNow();
        }
    }

    public synchronized Models.Reload reload() {
        Models.Reload reload = models.reload();
        metrics.counter("raqib.nlp.model.reloads", "outcome", reload.outcome().name().toLowerCase()).increment();
        switch (reload.outcome()) {
            case LOADED -> {
                publishVersion();
                LOG.infof("models reloaded: %s from %s", reload.version(), models.current().origin());
            }
            case FAILED -> LOG.errorf("models not reloaded, %s stays in service: %s", reload.version(), reload.error());
            case UNCHANGED -> { }
        }
        return reload;
    }

    private void publishVersion() {
        if (info != null) {
            metrics.remove(info);
        }
        info = Gauge.builder("raqib.nlp.model.info", () -> 1).tag("version", models.get().version())
                .description("the gazetteer and taxonomy version in service").register(metrics);
    }
}
