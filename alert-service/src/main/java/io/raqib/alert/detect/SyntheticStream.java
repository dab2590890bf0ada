package io.raqib.alert.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A labelled test bed: hourly article counts of several series with a daily rhythm and Poisson noise, and spikes
 * injected where the labels say. Seeded, so a figure in docs/detector.md can be printed again.
 *
 * <p>Series i of n has the base rate 0.5 x 40^(i / (n - 1)) articles an hour, spread evenly on a log scale from
 * 0.5 to 20. Its rate at hour h is base x (1 + a cos(2 pi (h - peak) / 24)), with an amplitude a in [0.4, 0.8] and
 * a peak between 08:00 and 16:00 drawn per series: busy days, quiet nights, averaging to the base rate. A spike
 * multiplies the rate of 1 to 4 consecutive hours by its size; spikes start after {@code quietDays} of history and
 * are 24 to 60 hours apart within a series, so each is a separate event.
 */
public final class SyntheticStream {

    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    public static final Duration STEP = Duration.ofHours(1);
    public static final double[] DEFAULT_MULTIPLES = { 2, 3, 5 };

    private static final double MIN_RATE = 0.5;
    private static final double MAX_RATE = 20;

    /** A labelled spike: series index, first step, length in steps and the factor on the rate. */
    public record InjectedSpike(int series, int start, int length, double multiple) {
        public int end() {
            return start + length - 1;
        }
    }

    /** One series: its seasonal rate and the counts drawn from it, spikes included. */
    public record Series(String name, double baseRate, double amplitude, double peakHour, int[] counts) {
        /** The rate without spikes, at a step of the stream. */
        public double rate(int step) {
            int hour = step % 24;
            return baseRate * (1 + amplitude * Math.cos(2 * Math.PI * (hour - peakHour) / 24));
        }
    }

    /** The whole stream: series i's count at step t is for the hour starting at {@code START + t hours}. */
    public record Stream(long seed, int days, List<Series> series, List<InjectedSpike> spikes) {
        public int steps() {
            return days * 24;
        }

        public Instant at(int step) {
            return START.plus(STEP.multipliedBy(step));
        }
    }

    private SyntheticStream() {
    }

    public static Stream generate(long seed, int seriesCount, int days) {
        return generate(seed, seriesCount, days, 8, DEFAULT_MULTIPLES);
    }

    public static Stream generate(long seed, int seriesCount, int days, int quietDays, double[] multiples) {
        if (seriesCount < 1 || days < 1 || quietDays < 0 || multiples.length == 0) {
            throw new IllegalArgumentException("at least one series, one day and one spike size");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int steps = days * 24;
        List<Series> series = new ArrayList<>();
        List<InjectedSpike> spikes = new ArrayList<>();
        for (int i = 0; i < seriesCount; i++) {
            // Each series its own stream of random numbers: adding a series does not change the others.
            SplittableRandom own = random.split();
            double base = seriesCount == 1 ? MIN_RATE
                    : MIN_RATE * Math.pow(MAX_RATE / MIN_RATE, i / (double) (seriesCount - 1));
            Series shape = new Series("series-" + i, base, own.nextDouble(0.4, 0.8), own.nextDouble(8, 16), null);
            double[] multiple = new double[steps];
            Arrays.fill(multiple, 1);
            int t = quietDays * 24 + own.nextInt(48);
            while (t + 4 < steps) {
                InjectedSpike spike = new InjectedSpike(i, t, 1 + own.nextInt(4),
                        multiples[own.nextInt(multiples.length)]);
                spikes.add(spike);
                for (int s = spike.start(); s <= spike.end(); s++) {
                    multiple[s] = spike.multiple();
                }
                t = spike.end() + 24 + own.nextInt(37);
            }
            int[] counts = new int[steps];
            for (int s = 0; s < steps; s++) {
                counts[s] = poisson(own, shape.rate(s) * multiple[s]);
            }
            series.add(new Series(shape.name(), base, shape.amplitude(), shape.peakHour(), counts));
        }
        return new Stream(seed, days, List.copyOf(series), List.copyOf(spikes));
    }

    /** Knuth's multiplication method: exact, and quick enough for the rates here (a few hundred at most). */
    static int poisson(SplittableRandom random, double mean) {
        if (mean > 500) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
