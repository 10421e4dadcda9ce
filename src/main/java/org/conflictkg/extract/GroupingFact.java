package org.conflictkg.extract;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Country;
import org.conflictkg.text.DateValue;

/** A coalition, meeting or programme that the text says countries formed, attended or joined. */
public record GroupingFact(String key, Node kind, String label, DateValue date, String place, Country leader,
                           Provenance provenance) implements Fact {
}
