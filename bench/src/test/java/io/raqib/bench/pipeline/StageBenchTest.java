package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StageBenchTest {

    @Test
    void saysEachPartitionsShareOfTheMentions() {
        assertEquals("47 % · 0 % · 0 % · 30 % · 0 % · 23 %",
                StageBench.shares(new long[] {470, 0, 0, 301, 0, 229}, 1000));
        assertEquals("0 % · 0 %", StageBench.shares(new long[2], 0));
    }
}
