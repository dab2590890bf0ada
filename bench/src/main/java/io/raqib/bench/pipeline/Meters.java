package io.raqib.bench.pipeline;

/** The counters and latencies of one run, shared by the load, the output watcher and the report. */
final class Meters {
    /** Articles sent, by the second they were due. */
    final RateMeter offered = new RateMeter();
    /** Articles acknowledged (202) and published, by the second the answer arrived. */
    final RateMeter acknowledged = new RateMeter();
    /** Records written to articles.raw (more than acknowledged when ingest published after a client gave up). */
    final RateMeter raw = new RateMeter();
    final RateMeter enriched = new RateMeter();
    final RateMeter mentions = new RateMeter();
    final RateMeter alerts = new RateMeter();
    /** From a request's due time to its 202. */
    final LatencyRecorder ingestLatency = new LatencyRecorder();
    /** From an article's 202 to its enriched record at a read_committed consumer. */
    final LatencyRecorder toEnriched = new LatencyRecorder();
    /** From the 202 of the last run article in an alert's evidence to the alert at a read_committed consumer. */
    final LatencyRecorder toAlert = new LatencyRecorder();
    /** UTF-8 bytes of each article body sent. */
    final SizeSamples bodyBytes = new SizeSamples();
}
