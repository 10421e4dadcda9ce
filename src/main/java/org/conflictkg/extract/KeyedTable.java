package org.conflictkg.extract;

import java.util.List;

/**
 * A table whose cells are coloured by a key: the key's entries (colour, label) in order, and for
 * each column the theater its header names, with the header's footnote.
 */
public record KeyedTable(int table, String title, List<KeyEntry> key, List<Column> columns, Provenance provenance)
        implements Fact {

    public record KeyEntry(String colour, String label) {}

    /** A column: its grid index, header text, the theater it names (or null) and the header's footnote. */
    public record Column(int index, String header, String theater, String note) {}
}
