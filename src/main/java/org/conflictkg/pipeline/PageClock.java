package org.conflictkg.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.conflictkg.diag.PageDeadline;

/**
 * The time bound of every page. A worker starts the clock when it takes a page and finishes it when
 * the page is done. The work of a page checks its deadline where it loops ({@link PageDeadline#check()}:
 * between the pieces of a parse, the blocks of the document, the sentences of an extractor, the facts
 * of the mapper), so that a page over its bound ends with {@link PageDeadline.Exceeded} and costs
 * that page only.
 * Work that cannot check (one regular expression, one parse of a piece) is stopped by a watchdog
 * thread when it runs past twice the bound, where the JVM still allows it ({@code Thread.stop}, up to
 * Java 19); the worker then goes on with a fresh parser.
 * <p>
 * A stop is asynchronous: it lands some instructions after it is sent. So the watchdog stops a page
 * only while its worker has not finished it (both decide under the page's lock), and a worker that
 * finishes a page the watchdog has just stopped waits, still inside the page, for the stop to land.
 * A stop can thus never reach a worker between pages, where it would end the worker and lose pages.
 */
public final class PageClock implements AutoCloseable {
    /** How long a worker waits for a stop sent to it before it takes the page as stopped anyway. */
    private static final long LANDING_NANOS = 500_000_000L;

    private final long boundNanos;
    private final Map<Thread, Page> pages = new ConcurrentHashMap<>();
    /** Workers waiting in {@link #finish} for a stop sent for their page: the stop is that page's. */
    private final java.util.Set<Thread> landing = ConcurrentHashMap.newKeySet();
    private final Thread watchdog;
    private volatile boolean closed;

    /** One page a worker is on; guarded by itself. */
    private static final class Page {
        final long started = System.nanoTime();
        boolean finished, stopSent;
    }

    /** @param boundSeconds the bound of one page; 0 or less for none */
    public PageClock(double boundSeconds) {
        this.boundNanos = boundSeconds <= 0 ? 0 : (long) (boundSeconds * 1e9);
        this.watchdog = boundNanos == 0 ? null : new Thread(this::watch, "ckg-page-watchdog");
        if (watchdog != null) {
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    public static PageClock none() { return new PageClock(0); }

    public double boundSeconds() { return boundNanos / 1e9; }

    /** The calling thread starts a page. */
    void start() {
        if (boundNanos == 0) return;
        PageDeadline.start(boundNanos);
        pages.put(Thread.currentThread(), new Page());
    }

    /**
     * The calling thread is done with its page; call it inside the code that catches the stop. When
     * the watchdog has sent one, this waits for it to land here (and throws one itself should a
     * library have swallowed it).
     */
    void finish() {
        if (boundNanos == 0) return;
        PageDeadline.clear();
        Page p = pages.remove(Thread.currentThread());
        if (p == null) return;
        boolean stopSent;
        synchronized (p) {
            p.finished = true;
            stopSent = p.stopSent;
        }
        if (!stopSent) return;
        // The page is no longer in the map, so say here whose stop this is: stopped() then knows it as this page's
        // (taken for a late stop meant for an earlier page, the page would be read, and reported, again).
        landing.add(Thread.currentThread());
        // The JVM hands a stop over when the thread next leaves native code, not in a loop of pure
        // Java: sleeping a millisecond at a time receives it. When none comes, a library swallowed it.
        long until = System.nanoTime() + LANDING_NANOS;
        boolean interrupted = false;
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        throw new ThreadDeath();
    }

    /**
     * The calling thread's page was stopped: forget it, and clear the interrupt that came with the
     * stop (the JVM interrupts a stopped thread to wake it), which would end the worker at its next
     * wait for a page. True when the watchdog sent that stop for this page; false for a stop that
     * reached it late, meant for an earlier page.
     */
    boolean stopped() {
        Thread.interrupted();
        if (boundNanos == 0) return false;
        PageDeadline.clear();
        if (landing.remove(Thread.currentThread())) return true;
        Page p = pages.remove(Thread.currentThread());
        if (p == null) return false;
        synchronized (p) {
            p.finished = true;
            return p.stopSent;
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(Math.max(50, Math.min(1000, boundNanos / 20_000_000)));
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Map.Entry<Thread, Page> e : pages.entrySet())
                if (now - e.getValue().started >= 2 * boundNanos) stop(e.getKey(), e.getValue());
        }
    }

    /** Stops the thread's page when it is still on it: a page past twice its bound in code that cannot check. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t, Page p) {
        synchronized (p) {
            if (p.finished || p.stopSent) return;
            p.stopSent = true;
            try {
                t.stop();
            } catch (UnsupportedOperationException notOnThisJvm) {
                t.interrupt();
            }
        }
    }

    /** What the watchdog does once a page is past twice its bound, now (for tests). */
    void stopNow(Thread t) {
        Page p = pages.get(t);
        if (p != null) stop(t, p);
    }

    @Override
    public void close() {
        closed = true;
        if (watchdog != null) watchdog.interrupt();
    }
}
