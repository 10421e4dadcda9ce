package org.conflictkg.extract;

/** A count of members the text states, beside the number resolved; they may disagree. */
public record MemberCountFact(String grouping, int stated, int resolved, Provenance provenance) implements Fact {
    public boolean disagrees() { return stated != resolved; }
}
