package org.conflictkg.source;

import java.util.Iterator;

/**
 * A stream of pages, read one at a time so that a dump is never held in memory whole.
 * Close it when done: it may hold a file open.
 */
public interface PageSource extends Iterator<SourcePage>, AutoCloseable {
    @Override
    void close();
}
