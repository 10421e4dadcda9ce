package org.conflictkg.extract;

/** A wikilink in a sentence: the page it points to and the words it is shown as. */
public record LinkFact(String target, String label, int ordinal, Provenance provenance) implements Fact {
}
