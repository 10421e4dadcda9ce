package org.conflictkg.diag;

/**
 * The deadline of the page the calling thread works on, which the work of a page checks where it
 * loops (the pieces of a parse, the blocks of a document, the sentences of an extractor, the facts
 * of the mapper). Set and cleared by the pipeline's page clock; no deadline, no cost beyond a read.
 */
public final class PageDeadline {
    /** Thrown where a page's work checks its deadline after the page's time is up. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() { super("over the page's time bound", null, false, false); }
    }

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private PageDeadline() {}

    /** From now, the calling thread's page must be done within {@code nanos}. */
    public static void start(long nanos) { DEADLINE.set(new long[] {System.nanoTime() + nanos}); }

    public static void clear() { DEADLINE.remove(); }

    /** Throws {@link Exceeded} when the calling thread's page is past its deadline. */
    public static void check() {
        long[] d = DEADLINE.get();
        if (d != null && System.nanoTime() > d[0]) throw new Exceeded();
    }
}
