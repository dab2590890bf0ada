package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.DetectorConfig;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;

/** Series are judged by the hour and by the day: a build-up over a day that no single hour shows is caught too. */
class HorizonsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    /** Midnight: the day's windows start here. */
    private static final Instant D = Instant.parse("2024-05-10T00:00:00Z");
    private static final String SERIES = "resurgence@Deir ez-Zor";

    /** Two days of warm-up (by the hour: 48 steps; by the day: 2). */
    private final AlertSettings settings = AlertSettings.of(DetectorConfig.defaults().withWarmup(48),
            new ThresholdRule(3, HOUR, Duration.ofMinutes(10))).withHorizons(List.of(HOUR, DAY))
            .withQuietCheck(Duration.ofMinutes(1));
    private AlertDriver d;

    @AfterEach
    void stop() {
        d.close();
    }

    /** {@code perHour} articles in every hour of [from, until), from four outlets. */
    private void steady(String series, Instant from, Instant until, int perHour, String tag) {
        int n = 0;
        for (Instant hour = from; hour.isBefore(until); hour = hour.plus(HOUR)) {
            for (int i = 0; i < perHour; i++) {
                d.mention(series, tag + "-" + n, hour.plusSeconds(60 + 60L * 25 * i), "outlet " + (n % 4));
                n++;
            }
        }
    }

    @Test
    void aSlowBuildUpOverADayIsCaughtByTheDayWhileNoHourFires() {
        d = new AlertDriver(settings, D.plus(Duration.ofHours(20)));
        steady(SERIES, D.minus(Duration.ofDays(6)), D, 1, "usual"); // an article an hour, for six days
        assertTrue(d.told().isEmpty());

        steady(SERIES, D, D.plus(Duration.ofHours(23)), 2, "more"); // then twice as many, all day long
        List<Alert> told = d.told();
        assertTrue(told.stream().allMatch(a -> a.getId().equals(told.get(0).getId())),
                "one alert, by the day, and perhaps its update: " + told);
        Alert daily = told.get(0);
        assertEquals(AlertStatus.OPEN, daily.getStatus());
        assertEquals(D, daily.getWindowStart());
        assertEquals(D.plus(DAY), daily.getWindowEnd(), "the alert carries its window: a day");
        assertTrue(daily.getObserved() > 30 && daily.getObserved() < 46, "fired during the day: " + daily);
        assertTrue(daily.getExplanation().contains("in 24 h"), daily.getExplanation());
        assertEquals("PT24H", AlertView.of(daily).window());

        SeriesState byHour = d.states(SpikeWatch.STATE_STORE).get(SERIES);
        SeriesState byDay = d.states("series-state-pt24h").get(SERIES);
        assertTrue(byHour.baseline().steps() > 6 * 24, "learned hour by hour");
        assertEquals(6, byDay.baseline().steps(), "and day by day");
        WindowStore<byte[], ValueAndTimestamp<SeriesTally>> dayCounts = d.driver().getTimestampedWindowStore(
                "series-windows-pt24h");
        assertEquals(46, dayCounts.fetch(SERIES.getBytes(StandardCharsets.UTF_8), D.toEpochMilli())
                .value().count());
    }

    @Test
    void aDailyAlertHasItsOwnIdAndResolvesByTheDay() {
        d = new AlertDriver(settings, D.plus(Duration.ofHours(20)));
        steady(SERIES, D.minus(Duration.ofDays(6)), D, 1, "usual");
        steady(SERIES, D, D.plus(Duration.ofHours(23)), 2, "more");
        Alert daily = d.told().get(0);
        assertTrue(!daily.getId().equals(ThresholdRule.id(SERIES, D)), "not the id of the hour starting at midnight");

        // Silence from then on: the days after are quiet, and the alert resolves by the day's rule.
        d.wallClockAt(D.plus(Duration.ofDays(2)).plusSeconds(5 * 60));
        assertTrue(d.told().isEmpty(), "the first quiet day is not over");
        d.wallClockAt(D.plus(Duration.ofDays(3)).plusSeconds(15 * 60));
        Alert resolved = d.told().get(0);
        assertEquals(daily.getId(), resolved.getId());
        assertEquals(AlertStatus.RESOLVED, resolved.getStatus());
        assertEquals(DAY, Duration.between(resolved.getWindowStart(), resolved.getWindowEnd()));
    }

    @Test
    void incidentsDoNotMixHorizons() {
        d = new AlertDriver(settings, D.plus(Duration.ofHours(20)));
        steady("resurgence", D.minus(Duration.ofDays(6)), D, 1, "usual");
        steady("resurgence", D, D.plus(Duration.ofHours(23)), 2, "more");
        Alert dailyTopic = d.told().get(0);
        assertNull(dailyTopic.getPlace());

        d.burst(SERIES, "new", D.plus(Duration.ofHours(22)).plusSeconds(60), 3, 3); // a new place: by the hour
        List<Alert> told = d.told();
        assertEquals(1, told.size(), told.toString());
        assertEquals(HOUR, Duration.between(told.get(0).getWindowStart(), told.get(0).getWindowEnd()));
        assertNull(told.get(0).getParentId(), "an hour's alert is not part of a day's incident");
        assertNotNull(d.alertStore().get(dailyTopic.getId()));
        assertTrue(d.alertStore().get(dailyTopic.getId()).getPlaceAlertIds().isEmpty());
    }

    @Test
    void horizonsStartWithTheWindowAndGrow() {
        AlertSettings base = AlertSettings.of(DetectorConfig.defaults(), new ThresholdRule(3, HOUR, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> base.withHorizons(List.of(DAY, HOUR)));
        assertThrows(IllegalArgumentException.class, () -> base.withHorizons(List.of(HOUR, Duration.ofMinutes(30))));
        assertThrows(IllegalArgumentException.class, () -> base.withHorizons(List.of(HOUR, DAY, DAY)));
        assertThrows(IllegalArgumentException.class, () -> base.withHorizons(List.of(HOUR, Duration.ofDays(8))),
                "longer than the history kept");
        assertEquals(List.of(HOUR, DAY), base.withHorizons(List.of(HOUR, DAY)).horizons());
        d = new AlertDriver(base, D); // for stop()
    }
}
