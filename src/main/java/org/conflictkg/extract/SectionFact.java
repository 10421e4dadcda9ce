package org.conflictkg.extract;

import java.util.List;

/** A section of the page with its place in the outline. */
public record SectionFact(int index, int level, String heading, List<String> path, int parent,
                          Provenance provenance) implements Fact {
}
