package io.raqib.alert.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.raqib.alert.detect.SyntheticStream.InjectedSpike;
import io.raqib.alert.detect.SyntheticStream.Series;
import io.raqib.alert.detect.SyntheticStream.Stream;

/**
 * Runs a {@link SyntheticStream} through the {@link Detector} and through the naive {@link StaticThreshold}, and
 * scores both against the labels: recall per spike size, false alarms per simulated day per 10 series, and the
 * detection delay.
 *
 * <p>A spike counts as caught when an alert OPENs or is UPDATED at one of its steps or the step after it; the delay
 * is the number of steps from its first step to that alert. An OPEN outside every spike (and the step after) is a
 * false alarm. Only what happens after the detector's warm-up is scored, for both rules alike.
 *
 * <p>A third column, the oracle, is not a detector: it is what a single-window Poisson test at the same alpha would
 * achieve if it knew each series' true rate, computed exactly rather than sampled. Where the oracle misses, the
 * counts do not carry the spike, and no per-window test can catch it at this false-alarm level.
 *
 * <p>{@code EvaluateDetector [--seed 42] [--series 10] [--days 60] [--alpha 0.005]}
 */
public final class EvaluateDetector {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_SERIES = 10;
    public static final int DEFAULT_DAYS = 60;
    public static final StaticThreshold NAIVE = new StaticThreshold(3, 3);
    /** Rate bands (articles an hour) for the recall breakdown. */
    static final double[][] BANDS = { { 0, 2 }, { 2, 8 }, { 8, Double.MAX_VALUE } };

    /** How one rule did on one spike: caught with this probability (0 or 1 for a real run), after {@code delay}. */
    public record Catch(InjectedSpike spike, double baseRate, double caught, int delay) {
    }

    /** How one rule did on the whole stream. */
    public record Scorecard(String name, List<Catch> catches, double falseAlarms, double seriesDays) {

        public long spikes(double multiple) {
            return catches.stream().filter(c -> c.spike().multiple() == multiple).count();
        }

        public double recall(double multiple) {
            return recall(multiple, 0, Double.MAX_VALUE);
        }

        /** Recall of the spikes of this size on series whose base rate is in [minRate, maxRate). */
        public double recall(double multiple, double minRate, double maxRate) {
            return catches.stream()
                    .filter(c -> c.spike().multiple() == multiple && c.baseRate() >= minRate && c.baseRate() < maxRate)
                    .mapToDouble(Catch::caught).average().orElse(Double.NaN);
        }

        public double falseAlarmsPerDayPer10Series() {
            return falseAlarms / seriesDays * 10;
        }

        /** The delay at this quantile (nearest rank), in steps; -1 when nothing was caught. */
        public int delayQuantile(double quantile) {
            int[] delays = catches.stream().filter(c -> c.caught() == 1).mapToInt(Catch::delay).sorted().toArray();
            if (delays.length == 0) {
                return -1;
            }
            return delays[Math.max(0, (int) Math.ceil(quantile * delays.length) - 1)];
        }
    }

    public record Report(Stream stream, DetectorConfig config, Scorecard detector, Scorecard naive, Scorecard oracle) {
    }

    private EvaluateDetector() {
    }

    public static Report evaluate(Stream stream, DetectorConfig config) {
        Detector detector = new Detector(config);
        List<List<Integer>> detectorAlerts = new ArrayList<>();
        List<List<Integer>> detectorOpens = new ArrayList<>();
        List<List<Integer>> naiveOpens = new ArrayList<>();
        for (Series series : stream.series()) {
            List<Integer> alerts = new ArrayList<>();
            List<Integer> opens = new ArrayList<>();
            SeriesState state = SeriesState.fresh();
            for (int step = 0; step < stream.steps(); step++) {
                // The synthetic articles all come from different outlets: nothing to discount.
                Detector.Outcome outcome = detector.observe(state, series.counts()[step], stream.at(step),
                        config.corroboration());
                state = outcome.state();
                for (Decision decision : outcome.decisions()) {
                    if (decision.status() != Status.RESOLVED) {
                        alerts.add(step);
                    }
                    if (decision.status() == Status.OPEN) {
                        opens.add(step);
                    }
                }
            }
            detectorAlerts.add(alerts);
            detectorOpens.add(opens);
            naiveOpens.add(NAIVE.opens(series.counts()));
        }
        int from = config.warmup();
        return new Report(stream, config, score("Detector", stream, from, detectorAlerts, detectorOpens),
                score("Static 3x mean", stream, from, naiveOpens, naiveOpens), oracle(stream, from, config));
    }

    static Scorecard score(String name, Stream stream, int from, List<List<Integer>> alerts,
            List<List<Integer>> opens) {
        List<Catch> catches = new ArrayList<>();
        for (InjectedSpike spike : stream.spikes()) {
            if (spike.start() < from) {
                continue;
            }
            int first = alerts.get(spike.series()).stream()
                    .filter(step -> step >= spike.start() && step <= spike.end() + 1).findFirst().orElse(-1);
            catches.add(new Catch(spike, stream.series().get(spike.series()).baseRate(), first < 0 ? 0 : 1,
                    first < 0 ? -1 : first - spike.start()));
        }
        int falseAlarms = 0;
        for (int s = 0; s < opens.size(); s++) {
            for (int step : opens.get(s)) {
                if (step >= from && !inSpike(stream, s, step)) {
                    falseAlarms++;
                }
            }
        }
        return new Scorecard(name, catches, falseAlarms, seriesDays(stream, from));
    }

    /** The exact chances of a Poisson test at the same alpha that knows the true rates; see the class comment. */
    static Scorecard oracle(Stream stream, int from, DetectorConfig config) {
        List<Catch> catches = new ArrayList<>();
        double falseAlarms = 0;
        for (int s = 0; s < stream.series().size(); s++) {
            Series series = stream.series().get(s);
            Map<Double, Long> thresholds = new HashMap<>();
            for (int step = from; step < stream.steps(); step++) {
                if (!inSpike(stream, s, step)) {
                    double rate = series.rate(step);
                    long k = thresholds.computeIfAbsent(rate, r -> firingCount(r, config));
                    falseAlarms += Math.exp(Tails.logPoissonUpper(k, rate));
                }
            }
            for (InjectedSpike spike : stream.spikes()) {
                if (spike.series() != s || spike.start() < from) {
                    continue;
                }
                double missed = 1;
                for (int step = spike.start(); step <= spike.end(); step++) {
                    double rate = series.rate(step);
                    long k = thresholds.computeIfAbsent(rate, r -> firingCount(r, config));
                    missed *= -Math.expm1(Tails.logPoissonUpper(k, rate * spike.multiple()));
                }
                catches.add(new Catch(spike, series.baseRate(), 1 - missed, -1));
            }
        }
        return new Scorecard("Oracle", catches, falseAlarms, seriesDays(stream, from));
    }

    /** The smallest count, at least minCount, whose Poisson tail at this rate is within alpha. */
    static long firingCount(double rate, DetectorConfig config) {
        long k = config.minCount();
        while (Tails.logPoissonUpper(k, rate) > Math.log(config.alpha())) {
            k++;
        }
        return k;
    }

    private static boolean inSpike(Stream stream, int series, int step) {
        for (InjectedSpike spike : stream.spikes()) {
            if (spike.series() == series && step >= spike.start() && step <= spike.end() + 1) {
                return true;
            }
        }
        return false;
    }

    private static double seriesDays(Stream stream, int from) {
        return stream.series().size() * Math.max(0, stream.steps() - from) / 24.0;
    }

    public static String table(Report report) {
        Stream stream = report.stream();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "Synthetic stream: seed %d, %d series, %d days hourly, base rates %.1f-%.1f/h, %d spikes scored "
                        + "(after the %d-step warm-up); alpha %.0e%n%n",
                stream.seed(), stream.series().size(), stream.days(), stream.series().get(0).baseRate(),
                stream.series().get(stream.series().size() - 1).baseRate(), report.detector().catches().size(),
                report.config().warmup(), report.config().alpha()));
        Scorecard[] cards = { report.detector(), report.naive(), report.oracle() };
        out.append(String.format(Locale.ROOT, "%-34s %10s %16s %10s%n", "", cards[0].name(), cards[1].name(),
                cards[2].name() + "*"));
        for (double multiple : SyntheticStream.DEFAULT_MULTIPLES) {
            out.append(String.format(Locale.ROOT, "%-34s %10.3f %16.3f %10.3f%n",
                    String.format(Locale.ROOT, "recall, %.0fx spikes (n=%d)", multiple, cards[0].spikes(multiple)),
                    cards[0].recall(multiple), cards[1].recall(multiple), cards[2].recall(multiple)));
        }
        out.append(String.format(Locale.ROOT, "%-34s %10.2f %16.2f %10.2f%n", "false alarms / day / 10 series",
                cards[0].falseAlarmsPerDayPer10Series(), cards[1].falseAlarmsPerDayPer10Series(),
                cards[2].falseAlarmsPerDayPer10Series()));
        out.append(String.format(Locale.ROOT, "%-34s %10d %16d %10s%n", "median delay (steps)",
                cards[0].delayQuantile(0.5), cards[1].delayQuantile(0.5), "-"));
        out.append(String.format(Locale.ROOT, "%-34s %10d %16d %10s%n", "p95 delay (steps)",
                cards[0].delayQuantile(0.95), cards[1].delayQuantile(0.95), "-"));
        out.append(String.format(Locale.ROOT, "%n%-34s %22s %22s %22s%n", "recall by base rate (Det/Static/Orc)",
                "2x", "3x", "5x"));
        for (double[] band : BANDS) {
            String name = band[1] == Double.MAX_VALUE
                    ? String.format(Locale.ROOT, ">= %.0f/h", band[0])
                    : String.format(Locale.ROOT, "%.0f-%.0f/h", band[0], band[1]);
            out.append(String.format(Locale.ROOT, "%-34s", name));
            for (double multiple : SyntheticStream.DEFAULT_MULTIPLES) {
                out.append(String.format(Locale.ROOT, " %6.2f / %5.2f / %5.2f",
                        cards[0].recall(multiple, band[0], band[1]), cards[1].recall(multiple, band[0], band[1]),
                        cards[2].recall(multiple, band[0], band[1])));
            }
            out.append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT,
                "%n* Oracle: a per-window Poisson test at the same alpha that knows the true rate (exact, not "
                        + "sampled).%n"
                        + "  Where it misses, the counts do not carry the spike.%n"));
        return out.toString();
    }

    public static void main(String[] args) {
        long seed = DEFAULT_SEED;
        int series = DEFAULT_SERIES;
        int days = DEFAULT_DAYS;
        DetectorConfig config = DetectorConfig.defaults();
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--series" -> series = Integer.parseInt(value);
                    case "--days" -> days = Integer.parseInt(value);
                    case "--alpha", "--sensitivity" -> config = config.withAlpha(Double.parseDouble(value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (days * 24 <= config.warmup()) {
                throw new IllegalArgumentException("--days must outlast the " + config.warmup() + "-step warm-up");
            }
            System.out.print(table(evaluate(SyntheticStream.generate(seed, series, days), config)));
        } catch (IllegalArgumentException e) {
            System.err.println("EvaluateDetector: " + e.getMessage());
            System.err.println("usage: EvaluateDetector [--seed 42] [--series 10] [--days 60] [--alpha 0.005]");
            System.exit(2);
        }
    }
}
