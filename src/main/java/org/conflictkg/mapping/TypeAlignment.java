package org.conflictkg.mapping;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/** SKOS mappings to give a table-key concept whose label matches the pattern: (property, target) pairs. */
public record TypeAlignment(Pattern labelPattern, List<Node[]> mappings) {
}
