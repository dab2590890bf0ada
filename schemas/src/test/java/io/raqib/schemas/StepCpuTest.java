package io.raqib.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StepCpuTest {

    @Test
    void addsTheCpuOfEachCallAndPassesTheResultThrough() {
        StepCpu step = new StepCpu();
        assertEquals(0, step.seconds());
        assertEquals(42L, step.time(() -> spin(20_000_000) > 0 ? 42L : 0L));
        double once = step.seconds();
        assertTrue(once > 0, "a busy loop of 20 million steps took some CPU: " + once);
        step.time(() -> spin(20_000_000));
        assertTrue(step.seconds() > once);
    }

    @Test
    void aStepThatThrowsIsCountedToo() {
        StepCpu step = new StepCpu();
        assertThrows(IllegalStateException.class, () -> step.time(() -> {
            spin(20_000_000);
            throw new IllegalStateException("bad article");
        }));
        assertTrue(step.seconds() > 0);
    }

    private static long spin(int steps) {
        long x = 1;
        for (int i = 0; i < steps; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x == 0 ? 1 : Math.abs(x % 1000) + 1;
    }
}
