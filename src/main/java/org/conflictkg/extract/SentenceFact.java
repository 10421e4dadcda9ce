package org.conflictkg.extract;

/** A sentence as a reader sees it, the unit that later facts cite as their evidence. */
public record SentenceFact(int section, int index, String text, Provenance provenance) implements Fact {
}
