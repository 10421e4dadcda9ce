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
                            // work that leaves Java now and then, where a stop can land, as a parser does
                            long until = System.nanoTime() + ThreadLocalRandom.current().nextLong(0, 20_000_000);
                            for (int k = 0; System.nanoTime() < until; k++) if (k % 64 == 0) Thread.yield();
                            clock.finish();
                            pages.incrementAndGet();
                        } catch (ThreadDeath d) {
                            clock.stopped();
                            stopped.incrementAndGet();
                        }
                        // between pages (taking the next from a queue): a stop landing here would end a real worker
                        Thread.sleep(1);
                    } catch (ThreadDeath stray) {
                        escaped.incrementAndGet();
                    } catch (InterruptedException e) {
                        escaped.incrementAndGet(); // the stop's interrupt, left for the next wait
                    }
                }
            }
        });
        worker.start();
        worker.join(120_000);
        assertFalse(worker.isAlive());
        assertEquals(0, escaped.get(), "stops or their interrupts that reached the worker between pages");
        assertEquals(400, pages.get() + stopped.get());
        assertTrue(stopped.get() > 0, "some pages ran past twice their bound and were stopped");
    }

    /**
     * The stop sent while the page's work is ending, in pure Java where the JVM cannot hand it over:
     * it is received inside the page (in {@code finish}), not at the worker's next wait.
     */
    @Test
    void aStopSentAsThePageEndsIsReceivedInsideIt() throws Exception {
        AtomicInteger stopped = new AtomicInteger(), escaped = new AtomicInteger(), own = new AtomicInteger();
        try (PageClock clock = new PageClock(3600)) { // its own watchdog never fires here
            for (int i = 0; i < 20; i++) {
                java.util.concurrent.CountDownLatch ending = new java.util.concurrent.CountDownLatch(1);
                Thread worker = new Thread(() -> {
                    try {
                        clock.start();
                        try {
                            ending.countDown();
                            long until = System.nanoTime() + 20_000_000, x = 0;
                            while (System.nanoTime() < until) x += until % 7; // no call out of Java
                            clock.finish();
                        } catch (ThreadDeath d) {
                            if (clock.stopped()) own.incrementAndGet();
                            stopped.incrementAndGet();
                        }
                        Thread.sleep(5); // the next wait for a page
                    } catch (ThreadDeath | InterruptedException stray) {
                        escaped.incrementAndGet();
                    }
                });
                worker.start();
                ending.await();
                clock.stopNow(worker);
                worker.join(10_000);
            }
        }
        assertEquals(0, escaped.get(), "stops or their interrupts that reached the worker after its page");
        assertEquals(20, stopped.get(), "every page stopped, inside the page");
        assertEquals(20, own.get(), "each stop known as its page's own, so the page is not read (and reported) again");
    }

    /**
     * A stop a library swallowed (Sweble wraps what it catches) is thrown again by {@code finish}, after
     * the page left the clock's map: it is still that page's own, or the page would be read, and its
     * failure reported, a second time.
     */
    @Test
    void aStopThatLandsInFinishIsThePagesOwn() throws Exception {
        try (PageClock clock = new PageClock(3600)) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean thrown = new java.util.concurrent.atomic.AtomicBoolean(), mine =
                    new java.util.concurrent.atomic.AtomicBoolean();
            Thread worker = new Thread(() -> {
                clock.start();
                try {
                    try {
                        started.countDown();
                        while (true) Thread.sleep(10);
                    } catch (ThreadDeath | InterruptedException swallowed) {
                        // as a library that catches everything would
                    }
                    clock.finish();
                } catch (ThreadDeath d) {
                    thrown.set(true);
                    mine.set(clock.stopped());
                }
            });
            worker.start();
            started.await();
            clock.stopNow(worker);
            worker.join(10_000);
            assertTrue(thrown.get(), "finish throws the stop the library swallowed");
            assertTrue(mine.get(), "and it is known as the page's own");
        }
    }

    /** A stop that reaches a page it was not sent for is told apart, so the page can be read again. */
    @Test
    void aStopIsKnownForThePageItWasSentFor() throws Exception {
        try (PageClock clock = new PageClock(3600)) {
            clock.start();
            assertFalse(clock.stopped(), "no stop was sent for this page");
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean mine = new java.util.concurrent.atomic.AtomicBoolean();
            Thread worker = new Thread(() -> {
                clock.start();
                try {
                    started.countDown();
                    while (true) Thread.sleep(10);
                } catch (ThreadDeath | InterruptedException d) {
                    mine.set(clock.stopped());
                }
            });
            worker.start();
            started.await();
            clock.stopNow(worker);
            worker.join(10_000);
            assertTrue(mine.get(), "the stop sent for the page is known as its own");
        }
    }
}
