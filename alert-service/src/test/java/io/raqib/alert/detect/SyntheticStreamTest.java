package io.raqib.alert.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.SyntheticStream.InjectedSpike;
import io.raqib.alert.detect.SyntheticStream.Series;
import io.raqib.alert.detect.SyntheticStream.Stream;

class SyntheticStreamTest {

    @Test
    void theSameSeedGivesTheSameStream() {
        Stream one = SyntheticStream.generate(42, 4, 20);
        Stream two = SyntheticStream.generate(42, 4, 20);
        assertEquals(one.spikes(), two.spikes());
        for (int s = 0; s < 4; s++) {
            assertTrue(Arrays.equals(one.series().get(s).counts(), two.series().get(s).counts()));
        }
    }

    @Test
    void ratesSpreadFromHalfAnArticleToTwentyAnHour() {
        Stream stream = SyntheticStream.generate(42, 10, 30);
        assertEquals(0.5, stream.series().get(0).baseRate(), 1e-9);
        assertEquals(20, stream.series().get(9).baseRate(), 1e-9);
        Series busiest = stream.series().get(9);
        double mean = Arrays.stream(busiest.counts()).average().orElseThrow();
        assertEquals(20, mean, 2.5, "spikes add a little to the base rate");
        assertTrue(busiest.rate(busiest.peakHour() > 12 ? 2 : 22) < busiest.rate((int) Math.round(busiest.peakHour())),
                "a daily rhythm");
    }

    @Test
    void spikesAreLabelledSeparateAndOfEverySize() {
        Stream stream = SyntheticStream.generate(42, 10, 60);
        Set<Double> sizes = stream.spikes().stream().map(InjectedSpike::multiple).collect(Collectors.toSet());
        assertEquals(Set.of(2.0, 3.0, 5.0), sizes);
        InjectedSpike previous = null;
        for (InjectedSpike spike : stream.spikes()) {
            assertTrue(spike.length() >= 1 && spike.length() <= 4);
            assertTrue(spike.start() >= 8 * 24, "after the quiet days");
            assertTrue(spike.end() < stream.steps());
            if (previous != null && previous.series() == spike.series()) {
                assertTrue(spike.start() - previous.end() >= 24, "a day apart at least");
            }
            previous = spike;
        }
    }

    @Test
    void poissonDrawsHaveTheirMeanAndVariance() {
        SplittableRandom random = new SplittableRandom(1);
        for (double mean : new double[] { 0.5, 7, 150 }) {
            double sum = 0;
            double squares = 0;
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                int x = SyntheticStream.poisson(random, mean);
                sum += x;
                squares += (double) x * x;
            }
            double average = sum / n;
            assertEquals(mean, average, 4 * Math.sqrt(mean / n) + 1e-9);
            assertEquals(mean, squares / n - average * average, 0.05 * mean);
        }
    }
}
