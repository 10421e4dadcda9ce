package org.conflictkg.extract;

import org.apache.jena.graph.Node;
import org.conflictkg.text.DateValue;

/**
 * A casualty figure as the text claims it: a number or a range, how it is hedged ("over", "about",
 * "as many as"), whom it counts, the kind of loss ({@code lossKind}: killed, wounded, captured...),
 * who claims it and when. {@code figure} is null for a range.
 */
public record CasualtyFact(Long figure, Long min, Long max, String qualifier, String group, String claimant,
                           DateValue date, String text, int ordinal, Node lossKind, Provenance provenance) implements Fact {
}
