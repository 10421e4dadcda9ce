package org.conflictkg.extract;

/** A theater named by a section heading; the section and its subsections are about it. */
public record TheaterFact(String name, Provenance provenance) implements Fact {
}
