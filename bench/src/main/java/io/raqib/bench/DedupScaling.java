package io.raqib.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Locale;

import io.raqib.ingest.dedup.DedupConfig;
import io.raqib.ingest.dedup.DuplicateIndex;
import io.raqib.ingest.dedup.IncomingArticle;
import io.raqib.ingest.dedup.Verdict;

/**
 * What the dedup gate costs per article as its index fills to capacity with the benchmark's feed: CPU time of the
 * text's fingerprint and {@link DuplicateIndex#observe}, texts compared per lookup, the feed's retold stories judged
 * copies (of how many) and its new stories judged copies (templated stories that share most of their wording with
 * an earlier one; the feed does not count them as copies, a reader might), per step of 5,000 articles,
 * up to 10,000 articles past {@code capacity} (or as many as asked) so the last rows are at capacity, evicting as
 * they add, and last the mean CPU per article over those rows. {@code IntakeBenchmark} measures an index of 4,096; a
 * live ingest holds 50,000, and lookups there are what this prints.
 *
 * <p>Run: {@code java -cp "bench/target/classes:$(cat bench/target/bench-classpath.txt)" io.raqib.bench.DedupScaling}
 * (optionally the capacity, and how many articles to go on past it: 10,000 unless given; more rows at capacity
 * average out the steps a collection or the JIT lands in). CPU time of this thread, not wall time, so a busy
 * machine changes little.
 */
public final class DedupScaling {

    private static final int STEP = 5_000;

    private DedupScaling() {
    }

    public static void main(String[] args) {
        int capacity = args.length > 0 ? Integer.parseInt(args[0]) : DedupConfig.defaults().maxEntries();
        int pastCapacity = args.length > 1 ? Integer.parseInt(args[1]) : 2 * STEP;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        NewsFeed feed = new NewsFeed(42, NewsFeed.Settings.defaults(0));
        DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults().withMaxEntries(capacity));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        System.out.printf(Locale.ROOT, "%9s %9s %14s %16s %14s %15s%n", "articles", "held", "CPU us/article",
                "compared/lookup", "copies found", "stories judged");
        long cpu = 0;
        long comparisons = 0;
        int copies = 0;
        int copiesFound = 0;
        int storiesJudged = 0;
        long cpuAtCapacity = 0;
        for (int i = 1; i <= capacity + pastCapacity; i++) {
            GeneratedArticle article = feed.next();
            String text = article.title() + "\n" + article.body();
            long before = threads.getCurrentThreadCpuTime();
            // the fingerprint is made with the IncomingArticle (in ingest, with the article): counted as before
            Verdict verdict = index.observe(new IncomingArticle("a" + i, article.url(), article.source(), text,
                    start.plusSeconds(i)));
            long spent = threads.getCurrentThreadCpuTime() - before;
            cpu += spent;
            if (i > capacity) {
                cpuAtCapacity += spent;
            }
            boolean judgedCopy = verdict.kind() != Verdict.Kind.NEW;
            if (article.kind() == GeneratedArticle.Kind.NEAR_DUPLICATE) {
                copies++;
                copiesFound += judgedCopy ? 1 : 0;
            } else {
                storiesJudged += judgedCopy ? 1 : 0;
            }
            if (i % STEP == 0) {
                System.out.printf(Locale.ROOT, "%9d %9d %14.0f %16.1f %7d of %3d %15d%n", i, index.size(),
                        cpu / 1e3 / STEP, (index.comparisons() - comparisons) / (double) STEP, copiesFound, copies,
                        storiesJudged);
                cpu = 0;
                comparisons = index.comparisons();
                copies = 0;
                copiesFound = 0;
                storiesJudged = 0;
            }
        }
        if (pastCapacity > 0) {
            System.out.printf(Locale.ROOT, "at capacity (%,d articles past it): %.1f us of CPU per article%n",
                    pastCapacity, cpuAtCapacity / 1e3 / pastCapacity);
        }
    }
}
