package io.raqib.bench.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to run. The load options are the user's ({@code ./raqib bench --rate 200 --duration 60s}); where the
 * pipeline is (URLs, bootstrap, topic prefix, Streams groups, process ids) the launcher fills in.
 *
 * @param rate          articles per second offered on an open-loop schedule; null for {@code --rate max}
 * @param warmupRate    articles per second offered on an open-loop schedule during the warm-up; null to warm up
 *                      with the run's own load. A cold service needs a minute or two of moderate load (the JIT,
 *                      RocksDB, caches) before it shows its capacity, and at a high rate it meets that load cold.
 * @param rampSeconds   the first part of the warm-up, over which its rate climbs from a tenth to the full rate (an
 *                      open-loop warm-up: a fixed rate, or {@code --warmup-rate}); 0 for none
 * @param clients       with {@code --rate max}: concurrent clients, each posting its next batch once the last was
 *                      acknowledged
 * @param spikeEvery    articles from one spike to the next; 0 for none
 * @param maxInFlight   open loop: requests in flight at most, a safety net; when reached the schedule slips and the
 *                      report counts late sends
 * @param services      service name → base URL whose {@code /q/metrics} is scraped
 * @param pids          process name → pid, for CPU, RSS and JVM flags from /proc (the broker's, the services')
 * @param isolation     how this run is kept apart from others, said in the report
 * @param apiKey        the key ingest's API asks for (docs/security.md), sent as a bearer token; from
 *                      {@code --api-key} or the environment's {@code RAQIB_API_KEY}; null to send none
 */
public record BenchOptions(Double rate, Double warmupRate, int clients, int batch, int warmupSeconds, int rampSeconds,
        int durationSeconds, int drainSeconds, long seed, double nearDuplicateShare, int spikeEvery, int spikeSize,
        int maxInFlight, String ingestUrl, Map<String, String> services, Map<String, Long> pids, String bootstrap,
        String topicPrefix, List<String> groups, Path out, String isolation, String apiKey) {

    @Override
    public String toString() {
        return "BenchOptions[" + loadName() + ", key " + (apiKey == null ? "none" : "given") + "]"; // never the key
    }

    static final String USAGE = """
            Usage: ./raqib bench [--rate N|max] [--duration 60s] [--warmup 20s] [--warmup-rate N] [--ramp D]
                                 [--batch 10] [--clients 4] [--seed 42] [--drain 30s] [--near-duplicates 0.05]
                                 [--spike-every N] [--spike-size 5]
              --rate N        N articles/s on an open-loop schedule: a slow pipeline shows as latency, not as a lower rate
              --rate max      as fast as the pipeline acknowledges: --clients concurrent clients posting --batch articles
              --duration      the measured window (s, m); --warmup runs before it and is left out of the figures
              --warmup-rate   N articles/s during the warm-up (default: the run's load), so that a high rate or max
                              meets warm services: the capacity of a service, not its start
              --ramp          the first part of the warm-up, over which its rate climbs from a tenth to the full rate
                              (default: half the warm-up; 0 for none): cold services are not met by the full load
              --drain         after the load, how long to wait for the last articles and alerts
              --spike-every   articles between two spikes (default: 5 s of load, 2500 at max rate)
              --keep          (./raqib) leave the run's services and topics up for a look; ./raqib down stops them
              --reuse         (./raqib) measure the services ./raqib up left running, as they are (runs then mix)
            ./raqib bench --stage nlp|alert [--articles 30000] [--warmup-articles N] [--seed 42]
                              one stream service alone: its inputs filled first, then taken as fast as it can
            Launcher options: --ingest URL --service NAME=URL --pid NAME=PID --bootstrap HOST:PORT --topic-prefix P
                              --group ID --out DIR --isolation TEXT --max-in-flight N --api-key KEY
                              (or RAQIB_API_KEY in the environment: a key with the role ingest:write)
            """;

    public boolean maxRate() {
        return rate == null;
    }

    /** A short name of the load, for the report: "200 articles/s (open loop)" or "max rate, 4 clients". */
    public String loadName() {
        String load = maxRate() ? "max rate, " + clients + " clients" : Report.number(rate) + " articles/s (open loop)";
        String warmup = warmupRate == null ? load : load + " after a warm-up at " + Report.number(warmupRate)
                + " articles/s";
        return rampNanos() == 0 ? warmup : warmup + ", ramped up over its first " + rampSeconds + " s";
    }

    /**
     * How long the warm-up's rate climbs, in nanoseconds: 0 when there is no open-loop warm-up to ramp (max rate
     * without {@code --warmup-rate} warms up as fast as ingest answers).
     */
    public long rampNanos() {
        return maxRate() && warmupRate == null ? 0 : rampSeconds * 1_000_000_000L;
    }

    public static BenchOptions parse(String... args) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value at '" + args[i] + "'\n" + USAGE);
            }
            given.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        Map<String, List<String>> left = new LinkedHashMap<>(given);
        String rateText = one(left, "rate", "200");
        Double rate = rateText.equals("max") ? null : Double.parseDouble(rateText);
        if (rate != null && !(rate > 0)) {
            throw new IllegalArgumentException("--rate must be positive or max: " + rateText);
        }
        String warmupRateText = one(left, "warmup-rate", null);
        Double warmupRate = warmupRateText == null ? null : Double.parseDouble(warmupRateText);
        if (warmupRate != null && !(warmupRate > 0)) {
            throw new IllegalArgumentException("--warmup-rate must be positive: " + warmupRateText);
        }
        int batch = Integer.parseInt(one(left, "batch", "10"));
        int spikeSize = Integer.parseInt(one(left, "spike-size", "5"));
        int defaultSpikeEvery = rate == null ? 2500 : (int) Math.max(3L * spikeSize + 1, Math.round(rate * 5));
        Map<String, String> services = new LinkedHashMap<>();
        for (String service : many(left, "service")) {
            services.put(service.substring(0, service.indexOf('=')), service.substring(service.indexOf('=') + 1));
        }
        if (services.isEmpty()) {
            services.put("ingest-service", "http://localhost:8081");
            services.put("nlp-service", "http://localhost:8082");
            services.put("alert-service", "http://localhost:8083");
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String pid : many(left, "pid")) {
            pids.put(pid.substring(0, pid.indexOf('=')), Long.parseLong(pid.substring(pid.indexOf('=') + 1)));
        }
        List<String> groups = many(left, "group");
        int warmup = seconds(one(left, "warmup", "20s"));
        String rampText = one(left, "ramp", null);
        int ramp = rampText == null ? warmup / 2 : seconds(rampText);
        if (ramp > warmup) {
            throw new IllegalArgumentException("--ramp is part of the warm-up: at most --warmup (" + warmup + " s), not "
                    + rampText);
        }
        BenchOptions options = new BenchOptions(rate, warmupRate, Integer.parseInt(one(left, "clients", "4")), batch,
                warmup, ramp, seconds(one(left, "duration", "60s")),
                seconds(one(left, "drain", "30s")), Long.parseLong(one(left, "seed", "42")),
                Double.parseDouble(one(left, "near-duplicates", "0.05")),
                Integer.parseInt(one(left, "spike-every", Integer.toString(defaultSpikeEvery))), spikeSize,
                Integer.parseInt(one(left, "max-in-flight", "256")),
                one(left, "ingest", services.getOrDefault("ingest-service", "http://localhost:8081")), services, pids,
                one(left, "bootstrap", "localhost:9092"), one(left, "topic-prefix", ""),
                groups.isEmpty() ? List.of("raqib-nlp", "raqib-alert") : groups,
                Path.of(one(left, "out", ".raqib/bench")), one(left, "isolation", "not said"),
                one(left, "api-key", System.getenv("RAQIB_API_KEY")));
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + left.keySet() + "\n" + USAGE);
        }
        if (batch < 1 || options.clients() < 1 || options.durationSeconds() < 1 || options.maxInFlight() < 1) {
            throw new IllegalArgumentException("--batch, --clients, --duration and --max-in-flight must be positive");
        }
        return options;
    }

    /** "30s", "2m", "1m30s" or plain seconds, in whole seconds (the figures are per second). */
    static int seconds(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d+")) {
            return Integer.parseInt(t);
        }
        var matcher = java.util.regex.Pattern.compile("(?:(\\d+)m)?(?:(\\d+)s)?").matcher(t);
        if (t.isEmpty() || !matcher.matches()) {
            throw new IllegalArgumentException("a duration like 30s, 2m or 1m30s, not '" + text + "'");
        }
        int minutes = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
        int seconds = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return minutes * 60 + seconds;
    }

    private static String one(Map<String, List<String>> left, String name, String fallback) {
        List<String> values = left.remove(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    private static List<String> many(Map<String, List<String>> left, String name) {
        List<String> values = left.remove(name);
        return values == null ? List.of() : values;
    }
}
