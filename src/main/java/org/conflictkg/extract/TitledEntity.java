package org.conflictkg.extract;

import org.apache.jena.graph.Node;
import org.conflictkg.text.DateValue;

/**
 * A thing the page points at by its article title, typed by a title rule of {@code mapping.ttl}:
 * an operation, battle, siege, campaign or offensive. Years in the title ("(2016–17)") give its span.
 */
public record TitledEntity(String title, Node type, String rule, DateValue start, DateValue end, String theater,
                           Provenance provenance) implements Fact {
}
