package io.raqib.testkafka;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling until something is true on the broker, with the thing waited for named in the failure. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(250);
        }
    }
}
