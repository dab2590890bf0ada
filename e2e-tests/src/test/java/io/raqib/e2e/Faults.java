package io.raqib.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.raqib.testkafka.ServiceProcess;

/**
 * The faults the fault tests and the chaos run inflict on a pipeline under load, each followed by a wait until the
 * pipeline delivers work that came in after the fault, and the figures of that recovery.
 */
final class Faults {

    /** Takes the broker away and returns once its process is gone: {@code BrokerProcess::stop} or {@code ::kill}. */
    interface BrokerSignal {
        void send() throws Exception;
    }

    /**
     * One broker outage: when the signal went, when the process was gone, when the broker served again
     * (System.nanoTime); then how long from that until enriched articles and alerts acknowledged after it came out.
     */
    record Outage(String how, long signalled, long gone, long back, long enrichedMs, long alertsMs) {

        long outageMs() {
            return (back - signalled) / 1_000_000;
        }
    }

    private final Pipeline pipeline;
    private final SteadyLoad load;
    private final OutputWatch watch;
    private final Duration limit;
    private final Function<String, String> progress;

    /**
     * @param limit    how long a recovery may take before the run fails
     * @param progress what the pipeline has done so far, for a step's name: printed every 10 s of a wait
     */
    Faults(Pipeline pipeline, SteadyLoad load, OutputWatch watch, Duration limit, Function<String, String> progress) {
        this.pipeline = pipeline;
        this.load = load;
        this.watch = watch;
        this.limit = limit;
        this.progress = progress;
    }

    /** Waits until an enriched article and an alert acknowledged after {@code since} come out. */
    void awaitFlow(long since, String what) throws InterruptedException {
        Recovery.awaitFlow(since, load, watch, limit, () -> progress.apply(what));
    }

    /** Kills {@code victims} at once (SIGKILL), starts them again, and waits until articles and alerts flow again. */
    String crash(List<String> victims) throws Exception {
        long killedAt = System.nanoTime();
        for (String victim : victims) {
            pipeline.kill(victim);
        }
        for (String victim : victims) {
            pipeline.restart(victim);
        }
        for (String victim : victims) {
            pipeline.service(victim).awaitReady(limit);
        }
        long ready = (System.nanoTime() - killedAt) / 1_000_000;
        awaitFlow(killedAt, "enriched articles and alerts after killing " + victims);
        long enriched = Recovery.enriched(killedAt, load, watch).getAsLong();
        long alerted = Recovery.alerts(killedAt, load, watch).getAsLong();
        Thread.sleep(2_000); // steady again before the next fault
        return String.format("kill -9 %s: ready again after %d ms, enriched articles flowing after %d ms, alerts "
                + "after %d ms", String.join(" + ", victims), ready, enriched, alerted);
    }

    /**
     * Takes the broker away, keeps it away for {@code down} from the signal, starts it again on the same ports and
     * log dir, and waits until articles and alerts acknowledged after its return come out and every service is healthy
     * again, without a restart.
     */
    Outage brokerOutage(BrokerProcess broker, String how, BrokerSignal signal, Duration down) throws Exception {
        long signalled = System.nanoTime();
        signal.send();
        long gone = System.nanoTime();
        Thread.sleep(Math.max(0, down.toMillis() - (gone - signalled) / 1_000_000));
        broker.start();
        long back = System.nanoTime();
        awaitFlow(back, "enriched articles and alerts after " + how);
        long enriched = Recovery.enriched(back, load, watch).getAsLong();
        long alerted = Recovery.alerts(back, load, watch).getAsLong();
        for (String service : List.of(Pipeline.INGEST, Pipeline.NLP, Pipeline.ALERT)) {
            awaitHealthy(pipeline.service(service));
        }
        Thread.sleep(2_000); // steady again before the next fault
        return new Outage(how, signalled, gone, back, enriched, alerted);
    }

    /**
     * Until all of {@code /q/health} is UP: readiness, and liveness, which for nlp and alert is their Kafka Streams
     * running or rebalancing. A Streams client that gave up during the outage would stay DOWN.
     */
    private void awaitHealthy(ServiceProcess service) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> health;
        while ((health = service.get("/q/health")).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(service.name() + " not healthy within " + limit + ": " + health.body());
            }
            Thread.sleep(250);
        }
    }

    /**
     * An outage's figures, with the answers to the requests sent while the broker was away: call once those have been
     * answered (after the load stopped), or the slowest are missing.
     */
    String describe(Outage outage) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        long slowest = 0;
        for (SteadyLoad.Answer answer : load.log()) {
            if (answer.sentAt() >= outage.signalled() && answer.sentAt() < outage.back()) {
                byStatus.merge(answer.status(), answer.articles(), Integer::sum);
                slowest = Math.max(slowest, answer.millis());
            }
        }
        return String.format("broker %s: process gone after %d ms, broker serving again after %d ms (the outage); "
                + "articles sent meanwhile by answer %s (0: none within 30 s), slowest answer %d ms; enriched "
                + "articles flowing %d ms after the broker was back, alerts after %d ms", outage.how(),
                (outage.gone() - outage.signalled()) / 1_000_000, outage.outageMs(), byStatus, slowest,
                outage.enrichedMs(), outage.alertsMs());
    }
}
