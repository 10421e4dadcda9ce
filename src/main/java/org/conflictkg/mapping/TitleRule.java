package org.conflictkg.mapping;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.conflictkg.text.MatchStarts;

/**
 * "Page titles matching this pattern name things of this class", from {@code mapping.ttl}.
 *
 * @param needsEvidence true when the title alone is weak evidence ("... campaign" may be political):
 *                      the class applies only where the page or the sentence is about war
 * @param subjectOnly   true when the rule types only a page's own subject, never a link
 */
public record TitleRule(String id, MatchStarts starts, Node emits, int priority, boolean needsEvidence, boolean subjectOnly) {
    public TitleRule(String id, Pattern pattern, Node emits, int priority) {
        this(id, MatchStarts.of(pattern), emits, priority, false, false);
    }

    public Pattern pattern() { return starts.pattern(); }

    /** True when the pattern is found in {@code title} (a page title, or a sentence for grouping kinds). */
    public boolean matches(String title) { return starts.matches(title); }
}
