package io.raqib.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.raqib.nlp.extract.Extraction;
import io.raqib.nlp.extract.Extractor;

/**
 * Articles per second through the whole extraction (folding, gazetteer, people, figures, attribution, topics) on
 * one thread, that is one core. Run: {@code ./raqib jmh ExtractionBenchmark}. The warm-up is 8 × 2 s: with 3 × 2 s
 * the JIT was still compiling the extractor's larger methods, and the measured iterations kept climbing (docs/
 * extraction.md, "Speed").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    @Param({"5120"})
    public int bytes;

    private final Extractor extractor = Extractor.bundled();
    private String[] articles;
    private int next;

    @Setup
    public void articles() {
        ArticleGenerator generator = new ArticleGenerator(42);
        articles = new String[64];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = generator.article(bytes);
        }
    }

    @Benchmark
    public Extraction extract() {
        next = (next + 1) & (articles.length - 1);
        return extractor.extract(articles[next]);
    }
}
