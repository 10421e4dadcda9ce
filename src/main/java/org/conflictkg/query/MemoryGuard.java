package org.conflictkg.query;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops queries before they exhaust the heap. Every query registers its cancel signal when ARQ plans
 * it ({@link #register}); a watcher looks at the heap every few milliseconds and, when it is nearly
 * full even after a collection, cancels the queries running then. They stop at their next row with
 * ARQ's cancellation, and the server answers 503 saying why ({@link #stoppedForMemory}). A query that
 * only produces garbage is left alone: a collection frees it, and only what survives one counts.
 */
public final class MemoryGuard {
    /**
     * Heap in use, after a collection, past which running queries are stopped. Half: a query that
     * builds one long string doubles it at each step, and needs three times what it holds to do so.
     */
    static final double STOP_AT = 0.50;
    /** Heap in use past which a collection is asked for, to see what survives it. */
    static final double LOOK_AT = 0.65;
    /** Heap in use that counts as exhausted, for naming a failure that followed it. */
    static final double EXHAUSTED_AT = 0.90;
    private static volatile long exhaustedAt = Long.MIN_VALUE;

    private static final Map<AtomicBoolean, Thread> RUNNING = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Set<Thread> STOPPED = ConcurrentHashMap.newKeySet();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemoryGuard.class);
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static volatile Thread watcher;

    private MemoryGuard() {}

    /** Starts the watcher once per JVM (the server calls it; a one-shot command does not need it). */
    public static synchronized void start() {
        if (watcher != null) return;
        watcher = new Thread(MemoryGuard::watch, "ckg-memory-guard");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** A query about to run on the calling thread, with the flag ARQ's iterators check. */
    public static void register(AtomicBoolean cancelSignal) {
        if (watcher == null) return;
        if (cancelSignal == null) return;
        Thread t = Thread.currentThread();
        STOPPED.remove(t);
        RUNNING.put(cancelSignal, t);
    }

    /** Whether the calling thread's query was stopped for memory (and forget it). */
    public static boolean stoppedForMemory() {
        return STOPPED.remove(Thread.currentThread());
    }

    /** Whether the heap was nearly exhausted within the last few seconds. */
    public static boolean exhaustedRecently() {
        return System.nanoTime() - exhaustedAt < 5_000_000_000L;
    }

    /** The heap's limit in MB, for messages. */
    public static long maxMb() {
        return MEMORY.getHeapMemoryUsage().getMax() >> 20;
    }

    private static void watch() {
        long lastCollection = 0;
        while (true) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            double seen = share(MEMORY.getHeapMemoryUsage());
            if (seen >= EXHAUSTED_AT) exhaustedAt = System.nanoTime();
            if (seen < LOOK_AT || RUNNING.isEmpty()) continue;
            long now = System.nanoTime();
            if (now - lastCollection < 100_000_000L) continue;
            lastCollection = now;
            System.gc(); // what survives it is what the queries hold
            double after = share(MEMORY.getHeapMemoryUsage());
            if (after >= STOP_AT) {
                int stopped = stopAll();
                LOG.warn("heap {}% full after a collection: stopped {} running quer{}", Math.round(after * 100), stopped,
                        stopped == 1 ? "y" : "ies");
            }
        }
    }

    private static int stopAll() {
        int stopped = 0;
        List<Map.Entry<AtomicBoolean, Thread>> running;
        synchronized (RUNNING) {
            running = new ArrayList<>(RUNNING.entrySet());
            RUNNING.clear();
        }
        for (Map.Entry<AtomicBoolean, Thread> e : running) {
            if (e.getKey().get()) continue;  // done or stopped already
            STOPPED.add(e.getValue());
            e.getKey().set(true);
            stopped++;
        }
        return stopped;
    }

    private static double share(MemoryUsage heap) {
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        return (double) heap.getUsed() / max;
    }
}
