package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The summary line is read by people and matched by scripts and the docs' examples: its shape must not depend on timing. */
class RunSummaryTest {

    private static RunSummary withScan(long scanMs) {
        return new RunSummary(1, 0, 0, 0, 0, 12, 34, 0, 0, scanMs, 2, 3, 4, 5, 20);
    }

    @Test
    void aScanOfZeroMillisecondsIsStillNamed() {
        assertEquals("1 page(s) (0 failed, 0 skipped), 12 facts, 34 quads, 0 warning(s), 0 error(s) in 20 ms"
                + " [scan 0 ms, read 2 ms, parse 3 ms, extract 4 ms, map 5 ms]", withScan(0).line());
    }

    @Test
    void aRunWithoutAScanLeavesItOut() {
        assertEquals("1 page(s) (0 failed, 0 skipped), 12 facts, 34 quads, 0 warning(s), 0 error(s) in 20 ms"
                + " [read 2 ms, parse 3 ms, extract 4 ms, map 5 ms]", withScan(-1).line());
    }
}
