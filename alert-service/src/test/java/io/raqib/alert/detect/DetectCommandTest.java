package io.raqib.alert.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DetectCommandTest {

    private static final Instant START = Instant.parse("2014-04-01T00:00:00Z");
    private static final long[] CYCLE = { 10, 8, 12, 9, 11, 13, 7, 10, 12, 8 };
    private static final String[] WARMUP = { "--warmup", "48" };

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Three days of a count around 10 an hour, then 60 at the given hour of the fourth day. */
    private static String series(boolean header, Function<Instant, String> stamp) {
        StringBuilder csv = new StringBuilder(header ? "timestamp,value\n" : "");
        for (int hour = 0; hour < 4 * 24; hour++) {
            long count = hour == 3 * 24 + 10 ? 60 : CYCLE[hour % CYCLE.length];
            csv.append(stamp.apply(START.plus(Duration.ofHours(hour)))).append(',').append(count).append('\n');
        }
        return csv.toString();
    }

    private static String spaced(Instant time) {
        return LocalDateTime.ofInstant(time, ZoneOffset.UTC).toString().replace('T', ' ') + ":00";
    }

    private int run(String stdin, String... args) {
        return DetectCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> decisions() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = out.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of()
                : text.lines().map(line -> {
                    try {
                        return json.readTree(line);
                    } catch (Exception e) {
                        throw new AssertionError("not JSON: " + line, e);
                    }
                }).toList();
    }

    private static String[] args(String file, String... more) {
        String[] all = new String[1 + WARMUP.length + more.length];
        all[0] = file;
        System.arraycopy(WARMUP, 0, all, 1, WARMUP.length);
        System.arraycopy(more, 0, all, 1 + WARMUP.length, more.length);
        return all;
    }

    @Test
    void readsSpaceSeparatedTimestampsAfterAHeaderAndPrintsOneJsonObjectPerDecision(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("counts.csv");
        Files.writeString(file, series(true, DetectCommandTest::spaced));

        assertEquals(0, run("", args(file.toString())), err.toString(StandardCharsets.UTF_8));
        List<JsonNode> decisions = decisions();
        assertEquals(2, decisions.size(), out.toString(StandardCharsets.UTF_8));
        JsonNode open = decisions.get(0);
        assertEquals("2014-04-04T10:00:00Z", open.get("opened").asText());
        assertEquals("OPEN", open.get("status").asText());
        assertEquals(60, open.get("observed").asLong());
        assertEquals(10, open.get("expected").asDouble(), 2);
        assertTrue(open.get("score").asDouble() > 10);
        assertEquals("CRITICAL", open.get("severity").asText());
        assertEquals("RESOLVED", decisions.get(1).get("status").asText());
        assertEquals("2014-04-04T10:00:00Z", decisions.get(1).get("opened").asText());
    }

    @Test
    void readsIsoTimestampsFromStandardInput() throws Exception {
        assertEquals(0, run(series(false, Instant::toString), args("-")));
        assertEquals("2014-04-04T10:00:00Z", decisions().get(0).get("opened").asText());
    }

    @Test
    void sumsTheLinesOfOneStep() throws Exception {
        // Every hour in four quarter-hour lines, decimals rounded: 2.6 + 2.4 + 2.5 + 2.4 -> 3 + 2 + 3 + 2 = 10.
        StringBuilder csv = new StringBuilder();
        for (int hour = 0; hour < 4 * 24; hour++) {
            Instant at = START.plus(Duration.ofHours(hour));
            String[] quarters = hour == 3 * 24 + 10 ? new String[] { "15", "15", "15", "15" }
                    : new String[] { "2.6", "2.4", "2.5", "2.4" };
            for (int q = 0; q < 4; q++) {
                csv.append(at.plus(Duration.ofMinutes(15L * q))).append(',').append(quarters[q]).append('\n');
            }
        }
        assertEquals(0, run(csv.toString(), args("-", "--step", "PT1H")));
        JsonNode open = decisions().get(0);
        assertEquals(60, open.get("observed").asLong());
        assertEquals(10, open.get("expected").asDouble(), 0.5);
    }

    @Test
    void aBadLineStopsWithItsNumberAndExitCode2() {
        String csv = "timestamp,value\n2014-04-01 00:00:00,3\n2014-04-01 01:00:00,three\n";
        assertEquals(2, run(csv, "-"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("line 3"), message);
        assertTrue(message.contains("not a number: 'three'"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2014-04-01 00:00:00,3\\n2014-04-01 01:00:00                 | line 2: expected timestamp,value",
            "2014-04-01 00:00:00,3\\nyesterday,4                         | line 2: not a timestamp: 'yesterday'",
            "2014-04-01 00:00:00,-3                                      | line 1: not a count",
            "2014-04-01 00:00:00,NaN                                     | line 1: not a number",
            "2014-04-01 02:00:00,3\\n2014-04-01 01:00:00,3               | line 2: timestamps must not go back",
            "timestamp,value\\ntimestamp,value                            | line 2: not a timestamp" })
    void badLinesAreNamed(String csv, String expected) {
        assertEquals(2, run(csv.strip().replace("\\n", "\n"), "-"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(expected), message);
    }

    @ParameterizedTest
    @ValueSource(strings = { "--step", "--step P1X", "--sensitivity 2", "--nonsense 1", "a.csv b.csv" })
    void badArgumentsExitWith2AndUsage(String line) {
        assertEquals(2, run("", line.split(" ")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    @Test
    void aMissingFileExitsWith2(@TempDir Path dir) {
        assertEquals(2, run("", dir.resolve("absent.csv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2014-04-01 00:00:00      | 2014-04-01T00:00:00Z",
            "2014-04-01T00:00:00      | 2014-04-01T00:00:00Z",
            "2014-04-01T00:00:00Z     | 2014-04-01T00:00:00Z",
            "2014-04-01T03:00:00+03:00| 2014-04-01T00:00:00Z",
            "2014-04-01 00:00:00.500  | 2014-04-01T00:00:00.500Z",
            "2014-04-01               | 2014-04-01T00:00:00Z" })
    void timestampsInTheUsualForms(String text, String instant) {
        assertEquals(Optional.of(Instant.parse(instant)), CountCsv.time(text));
    }

    @Test
    void quotedFieldsAndABlankLineAreFine() {
        Optional<CountCsv.Row> row = CountCsv.parse("\"2014-04-01 00:00:00\",\"7.5\"", 4, false);
        assertEquals(new CountCsv.Row(4, START, 8), row.orElseThrow());
        assertEquals(Optional.empty(), CountCsv.parse("   ", 5, false));
        assertEquals(Optional.empty(), CountCsv.parse("timestamp,value", 1, true), "a header");
    }
}
