package org.conflictkg.source;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * A stream of pages, read one at a time so that a dump is never held in memory whole.
 * Close it when done: it may hold a file open.
 */
public interface PageSource extends Iterator<SourcePage>, AutoCloseable {
    @Override
    void close();

    /** The pages of {@code source} that {@code keep} accepts; it sees each page once, in order. */
    static PageSource filter(PageSource source, Predicate<SourcePage> keep) {
        return new PageSource() {
            private SourcePage next;

            @Override public boolean hasNext() {
                while (next == null && source.hasNext()) {
                    SourcePage p = source.next();
                    if (keep.test(p)) next = p;
                }
                return next != null;
            }

            @Override public SourcePage next() {
                if (!hasNext()) throw new NoSuchElementException();
                SourcePage p = next;
                next = null;
                return p;
            }

            @Override public void close() { source.close(); }
        };
    }
}
