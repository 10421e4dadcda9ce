package org.conflictkg.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.conflictkg.diag.PageDeadline;

/**
 * The time bound of every page. A worker starts the clock when it takes a page and stops it when the
 * page is done. The work of a page checks its deadline where it loops ({@link PageDeadline#check()}:
 * between the pieces of a parse, the blocks of the document, the sentences of an extractor, the facts
 * of the mapper), so that a page over its bound ends with {@link PageDeadline.Exceeded} and costs
 * that page only.
 * Work that cannot check (one regular expression, one parse of a piece) is stopped by a watchdog
 * thread when it runs past twice the bound, where the JVM still allows it ({@code Thread.stop}, up to
 * Java 19); the worker then goes on with a fresh parser.
 */
public final class PageClock implements AutoCloseable {
    private final long boundNanos;
    private final Map<Thread, Long> started = new ConcurrentHashMap<>();
    private final Thread watchdog;
    private volatile boolean closed;

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
        started.put(Thread.currentThread(), System.nanoTime());
    }

    /** The calling thread is done with its page. */
    void stop() {
        if (boundNanos == 0) return;
        PageDeadline.clear();
        started.remove(Thread.currentThread());
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
            for (Map.Entry<Thread, Long> e : started.entrySet()) {
                if (now - e.getValue() < 2 * boundNanos) continue;
                started.remove(e.getKey());
                try {
                    e.getKey().stop();  // a page past twice its bound in code that cannot check its deadline
                } catch (UnsupportedOperationException notOnThisJvm) {
                    e.getKey().interrupt();
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
