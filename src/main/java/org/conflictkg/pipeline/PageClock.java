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
    private static final long LANDING_NANOS = 2_000_000_000L;

    private final long boundNanos;
    private final Map<Thread, Page> pages = new ConcurrentHashMap<>();
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
        long until = System.nanoTime() + LANDING_NANOS;
        while (System.nanoTime() < until) Thread.onSpinWait();
        throw new ThreadDeath();
    }

    /** The calling thread's page was stopped: forget it. */
    void stopped() {
        if (boundNanos == 0) return;
        PageDeadline.clear();
        Page p = pages.remove(Thread.currentThread());
        if (p != null) synchronized (p) { p.finished = true; }
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
            for (Map.Entry<Thread, Page> e : pages.entrySet()) {
                Page p = e.getValue();
                if (now - p.started < 2 * boundNanos) continue;
                synchronized (p) {
                    if (p.finished || p.stopSent) continue;
                    p.stopSent = true;
                    try {
                        e.getKey().stop();  // a page past twice its bound in code that cannot check its deadline
                    } catch (UnsupportedOperationException notOnThisJvm) {
                        e.getKey().interrupt();
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (watchdog != null) watchdog.interrupt();
    }
}
