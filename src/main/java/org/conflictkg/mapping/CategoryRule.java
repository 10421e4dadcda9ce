package org.conflictkg.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * "A category whose name matches this pattern says this of the page's subject", from a
 * {@code map:CategoryRule}: its class ({@code emits}, or null), whether the page is about war,
 * through the named group {@code actor} a participant, and through the named group {@code year}
 * a year the conflict was fought in. A {@code weak} rule (a category named after another conflict,
 * "Syrian civil war") types the subject only when a rule that is not weak says the page is about war.
 */
public record CategoryRule(String id, Pattern pattern, Node emits, boolean military, boolean weak) {

    /** What a category says by this rule, or null when the rule does not match it. */
    public Reading read(String category) {
        Matcher m = pattern.matcher(category);
        if (!m.find()) return null;
        return new Reading(this, group(m, "actor"), group(m, "year"));
    }

    /** What one category says by one rule: the actor it names and the year it gives, each or both null. */
    public record Reading(CategoryRule rule, String actor, String year) {}

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }

    static List<CategoryRule> read(Graph g) {
        List<CategoryRule> out = new ArrayList<>();
        for (Node n : RuleGraph.subjects(g, "CategoryRule"))
            out.add(new CategoryRule(n.isURI() ? n.getURI() : n.toString(), RuleGraph.pattern(g, n, "pattern"),
                    RuleGraph.one(g, n, "emits"), RuleGraph.bool(g, n, "military"), RuleGraph.bool(g, n, "weak")));
        out.sort(java.util.Comparator.comparing(CategoryRule::id));
        return List.copyOf(out);
    }
}
