package org.conflictkg.spark;

import java.io.Serializable;

/**
 * One task's input: a whole file ({@code start < 0}), or the bytes {@code [start, end)} of a
 * multistream dump, which hold whole bz2 streams of pages.
 */
record Split(int index, String path, long start, long end) implements Serializable {
    boolean whole() { return start < 0; }
}
