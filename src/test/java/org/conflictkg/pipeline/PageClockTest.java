package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's stop lands inside the page it was sent for, never between pages: pages that end
 * just before, at and just after twice their bound, one after another, and not one stop escapes.
 */
@Tag("hostile")
class PageClockTest {
    @Test
    void aStopNeverReachesAWorkerBetweenPages() throws Exception {
        AtomicInteger stopped = new AtomicInteger(), escaped = new AtomicInteger(), pages = new AtomicInteger();
        Thread worker = new Thread(() -> {
            try (PageClock clock = new PageClock(0.005)) { // stops past 10 ms; the watchdog looks every 50 ms
                for (int i = 0; i < 400; i++) {
                    try {
                        clock.start();
                        try {
                            long until = System.nanoTime() + ThreadLocalRandom.current().nextLong(0, 20_000_000);
                            while (System.nanoTime() < until) Thread.onSpinWait();
                            clock.finish();
                            pages.incrementAndGet();
                        } catch (ThreadDeath d) {
                            clock.stopped();
                            stopped.incrementAndGet();
                        }
                        // between pages: a stop landing here would end a real worker
                        long until = System.nanoTime() + 200_000;
                        while (System.nanoTime() < until) Thread.onSpinWait();
                    } catch (ThreadDeath stray) {
                        escaped.incrementAndGet();
                    }
                }
            }
        });
        worker.start();
        worker.join(120_000);
        assertFalse(worker.isAlive());
        assertEquals(0, escaped.get(), "stops that landed between pages");
        assertEquals(400, pages.get() + stopped.get());
        assertTrue(stopped.get() > 0, "some pages ran past twice their bound and were stopped");
    }
}
