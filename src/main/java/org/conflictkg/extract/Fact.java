package org.conflictkg.extract;

/** An immutable statement read from a page, with where it was read. */
public interface Fact {
    Provenance provenance();
}
