package org.conflictkg.mapping;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/** "Page titles matching this pattern name things of this class", from {@code mapping.ttl}. */
public record TitleRule(String id, Pattern pattern, Node emits, int priority) {
    public boolean matches(String title) { return pattern.matcher(title).find(); }
}
