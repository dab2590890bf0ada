package io.raqib.alert.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Replays a count series from a CSV file through the {@link Detector} and prints each decision as one JSON object
 * per line:
 *
 * <pre>
 * DetectCommand FILE.csv|- [--step PT1H] [--sensitivity 0.005] [--warmup STEPS]
 * {"opened":"2014-04-10T09:00:00Z","status":"OPEN","score":7.123,"severity":"MEDIUM","observed":41,
 *  "expected":12.500,"windowStart":"2014-04-10T09:00:00Z"}        (one line)
 * </pre>
 *
 * Lines are {@code timestamp,value} (see {@link CountCsv}); the values of one step are added up, so a 5-minute
 * series read with {@code --step PT1H} is tested hour by hour, and steps without a line count zero. Timestamps must
 * not go back. Every count is taken as coming from many independent outlets: nothing is discounted. {@code --step}
 * keeps the baseline's memory and warm-up the same in time (3 days, 7 days); {@code --sensitivity} is alpha, the
 * p-value at which a window fires (larger: more alerts). Exit code 0, or 2 with a message on stderr for a bad
 * argument or line.
 */
public final class DetectCommand {

    static final String USAGE = "usage: DetectCommand FILE.csv|- [--step PT1H] [--sensitivity 0.005] [--warmup STEPS]";

    private DetectCommand() {
    }

    public static void main(String[] args) {
        int exit = run(args, System.in, System.out, System.err);
        System.out.flush();
        if (exit != 0) {
            System.exit(exit);
        }
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        String file = null;
        DetectorConfig config = DetectorConfig.defaults();
        Integer warmup = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--step" -> config = config.withStep(Duration.parse(value));
                        case "--sensitivity", "--alpha" -> config = config.withAlpha(Double.parseDouble(value));
                        case "--warmup" -> warmup = Integer.parseInt(value);
                        default -> throw new IllegalArgumentException("unknown option " + arg);
                    }
                } else if (file == null) {
                    file = arg;
                } else {
                    throw new IllegalArgumentException("one file only, not also " + arg);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("which file? (- for standard input)");
            }
            if (warmup != null) {
                config = config.withWarmup(warmup);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("DetectCommand: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }

        try (BufferedReader reader = "-".equals(file)
                ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            replay(reader, new Detector(config), out);
            return 0;
        } catch (CountCsv.BadLineException e) {
            err.println("DetectCommand: " + ("-".equals(file) ? "standard input" : file) + ", " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("DetectCommand: no such file: " + file);
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("DetectCommand: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static void replay(BufferedReader reader, Detector detector, PrintStream out) throws IOException {
        long step = detector.config().step().toMillis();
        int manySources = detector.config().corroboration();
        SeriesState state = SeriesState.fresh();
        Instant previous = null;
        long bucket = 0;
        long count = 0;
        boolean first = true;
        long number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            Optional<CountCsv.Row> parsed = CountCsv.parse(text, number, first);
            first = first && text.isBlank();
            if (parsed.isEmpty()) {
                continue;
            }
            CountCsv.Row row = parsed.get();
            if (previous != null && row.time().isBefore(previous)) {
                throw new CountCsv.BadLineException(number,
                        "timestamps must not go back: " + row.time() + " after " + previous);
            }
            long rowBucket = Math.floorDiv(row.time().toEpochMilli(), step) * step;
            if (previous != null && rowBucket != bucket) {
                state = observe(detector, state, bucket, count, manySources, out);
                count = 0;
            }
            bucket = rowBucket;
            count += row.count();
            previous = row.time();
        }
        if (previous != null) {
            observe(detector, state, bucket, count, manySources, out);
        }
    }

    private static SeriesState observe(Detector detector, SeriesState state, long bucket, long count, int sources,
            PrintStream out) {
        Detector.Outcome outcome = detector.observe(state, count, Instant.ofEpochMilli(bucket), sources);
        for (Decision decision : outcome.decisions()) {
            out.println(json(decision));
        }
        return outcome.state();
    }

    static String json(Decision decision) {
        // Every value is a number, an ISO instant or an enum name: nothing to escape.
        return String.format(Locale.ROOT,
                "{\"opened\":\"%s\",\"status\":\"%s\",\"score\":%.3f,\"severity\":\"%s\",\"observed\":%d,"
                        + "\"expected\":%.3f,\"windowStart\":\"%s\"}",
                decision.opened(), decision.status(), decision.score(), decision.severity(), decision.observed(),
                decision.expected(), decision.windowStart());
    }
}
