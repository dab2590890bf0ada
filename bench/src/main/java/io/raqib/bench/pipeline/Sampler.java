package io.raqib.bench.pipeline;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Once a second, each on a thread of its own so that one slow source does not hold the others back: consumer lag
 * from the broker; CPU and RSS of the processes from /proc; and every {@value #SCRAPE_EVERY_S} s CPU, heap and GC
 * from each service's metrics. A scrape renders every Kafka Streams metric of the service: once a second, it took
 * 9 % of alert-service's CPU (JFR), which the run would have charged to the service.
 */
final class Sampler implements AutoCloseable {

    static final int SCRAPE_EVERY_S = 5;

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final Timeline timeline = new Timeline();
    private final RunClock clock;
    private final LagSampler lag;
    private final MetricsScraper metrics;
    private final ProcessStats processes;
    private final Set<String> cpuFromProc;
    /** Every process's threads' CPU when the measured window started and ended, and when that was. */
    private volatile Map<String, Map<String, Double>> threadsAtStart;
    private volatile Map<String, Map<String, Double>> threadsAtEnd;
    private volatile long threadsStartNanos;
    private volatile long threadsEndNanos;

    Sampler(RunClock clock, LagSampler lag, MetricsScraper metrics, ProcessStats processes, Map<String, String> services,
            Set<String> processNames) {
        this.clock = clock;
        this.lag = lag;
        this.metrics = metrics;
        this.processes = processes;
        this.cpuFromProc = new HashSet<>(processNames);
        this.cpuFromProc.removeAll(services.keySet());
    }

    void start() {
        scheduler.scheduleAtFixedRate(() -> lag.sample(timeline, clock.second(RunClock.now())), 0, 1,
                TimeUnit.SECONDS);
        scheduler.scheduleAtFixedRate(() -> {
            long now = RunClock.now();
            metrics.sample(timeline, clock.second(now), clock.seconds(now));
        }, 0, SCRAPE_EVERY_S, TimeUnit.SECONDS);
        scheduler.scheduleAtFixedRate(() -> {
            long now = RunClock.now();
            processes.sample(timeline, clock.second(now), clock.seconds(now), cpuFromProc);
            if (threadsAtStart == null && now >= clock.measuredStartNanos()) {
                threadsStartNanos = RunClock.now();
                threadsAtStart = processes.threads();
            } else if (threadsAtStart != null && threadsAtEnd == null && now >= clock.loadEndNanos()) {
                threadsEndNanos = RunClock.now();
                threadsAtEnd = processes.threads();
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    /**
     * The cores each process's threads used over the measured window, by group ({@link ThreadCpu}); empty for a
     * run that ended before its window did.
     */
    Map<String, Map<String, Double>> threadCores() {
        Map<String, Map<String, Double>> cores = new LinkedHashMap<>();
        if (threadsAtStart != null && threadsAtEnd != null) {
            double seconds = (threadsEndNanos - threadsStartNanos) / 1e9;
            threadsAtEnd.forEach((name, end) -> cores.put(name,
                    ThreadCpu.cores(threadsAtStart.getOrDefault(name, Map.of()), end, seconds)));
        }
        return cores;
    }

    Timeline timeline() {
        return timeline;
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
        lag.close();
    }
}
