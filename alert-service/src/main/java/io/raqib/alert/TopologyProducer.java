package io.raqib.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.alert.detect.DetectorConfig;
import io.raqib.alert.figures.FiguresBoard;
import io.raqib.schemas.streams.DeadLetterRouting;

@ApplicationScoped
public class TopologyProducer {

    @ConfigProperty(name = "raqib.topic-prefix")
    Optional<String> topicPrefix;

    @ConfigProperty(name = "raqib.alert.threshold")
    long threshold;

    @ConfigProperty(name = "raqib.alert.window")
    Duration window;

    @ConfigProperty(name = "raqib.alert.grace")
    Duration grace;

    /** The detector's false-alarm rate per window and series: lower is quieter. */
    @ConfigProperty(name = "raqib.alert.alpha")
    double alpha;

    /** How long window counts, and what was expected of them, are kept for the series charts. */
    @ConfigProperty(name = "raqib.alert.history")
    Duration history;

    /** The window lengths series are counted and judged in: the window first, then longer ones (a day). */
    @ConfigProperty(name = "raqib.alert.horizons")
    List<Duration> horizons;

    /** How often (wall clock) open alerts are looked at for series that went silent. */
    @ConfigProperty(name = "raqib.alert.quiet-check")
    Duration quietCheck;

    @ConfigProperty(name = "raqib.figures.horizon")
    Duration figuresHorizon;

    @ConfigProperty(name = "raqib.figures.per-board")
    int figuresPerBoard;

    @Produces
    @Singleton
    public Topology alerts(MeterRegistry metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        DeadLetterRouting.Listener deadLetters = reason -> metrics.counter("raqib.alert.dead.letters",
                "exception", reason.getClass().getSimpleName()).increment();
        AlertTopology.build(builder, topicPrefix.orElse(""), settings(), Clock.systemUTC(), deadLetters);
        FiguresBoard.build(builder, topicPrefix.orElse(""), figuresHorizon, figuresPerBoard, deadLetters);
        return builder.build();
    }

    AlertSettings settings() {
        DetectorConfig detector = DetectorConfig.defaults().withStep(window).withAlpha(alpha);
        return AlertSettings.of(detector, new ThresholdRule(threshold, window, grace)).withHorizons(horizons)
                .withHistory(history).withQuietCheck(quietCheck);
    }
}
