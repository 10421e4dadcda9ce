package org.conflictkg.query.regex;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular-expression matcher reads through {@link #charAt}, checking every few
 * thousand reads whether the query was cancelled; the matcher then stops with
 * {@link QueryCancelledException}. A runaway pattern reads characters all the time, so it stops.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get() || Thread.currentThread().isInterrupted()) throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override public int length() { return text.length(); }
    @Override public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }
    @Override public String toString() { return text; }
}
