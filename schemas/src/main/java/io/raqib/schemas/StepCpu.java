package io.raqib.schemas;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The CPU time one step of a service's own work takes (extraction, dedup …), read on the running thread's CPU clock
 * around each call and summed over all threads. What a service spends beyond its steps is what Kafka, HTTP and the
 * JVM cost it: the bench reports both, so the question "would faster code of ours reach the target?" has a measured
 * answer. Each service exposes its steps as {@value #METRIC} (seconds, tagged by step); it lives here because every
 * service depends on this module, and it needs no metrics library of its own.
 *
 * <p>Only for steps of tens of microseconds or more: a read of the thread's clock is a system call, 1.5 µs on the
 * virtual machine the benchmarks ran on (some hundreds of nanoseconds on bare metal), so the two reads around a step
 * timed per article cost about one per cent of the service's CPU for it, where a step timed per mention would cost
 * ten.
 */
public final class StepCpu {

    /** The Micrometer name of every step's counter; Prometheus shows it as {@code raqib_step_cpu_seconds_total}. */
    public static final String METRIC = "raqib.step.cpu";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private final LongAdder nanos = new LongAdder();

    /** Runs the step on this thread and adds the CPU time it took, also when it throws. */
    public <T> T time(Supplier<T> step) {
        long start = now();
        try {
            return step.get();
        } finally {
            nanos.add(now() - start);
        }
    }

    /** CPU seconds taken by every call so far; 0 where the JVM cannot read a thread's CPU clock. */
    public double seconds() {
        return nanos.sum() / 1e9;
    }

    private static long now() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
