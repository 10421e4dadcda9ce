package org.conflictkg.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.conflictkg.doc.Template;

/**
 * "A commander's line marked so means this befell them", from a {@code map:CommanderMark}: by a
 * template ({@code {{KIA}}}), a link target ({@code [[Killed in action|†]]}) or a sign after the name.
 */
public record CommanderMark(Node emits, Set<String> templates, Set<String> linkTargets, List<String> signs) {

    public boolean byTemplate(String normalisedName) { return templates.contains(normalisedName); }

    public boolean byLink(String page) { return linkTargets.contains(page.toLowerCase(Locale.ROOT)); }

    static List<CommanderMark> read(Graph g) {
        List<CommanderMark> out = new ArrayList<>();
        for (Node n : RuleGraph.subjects(g, "CommanderMark")) {
            Node emits = RuleGraph.one(g, n, "emits");
            if (emits == null) throw new IllegalArgumentException("mapping " + n + " has no map:emits");
            out.add(new CommanderMark(emits,
                    RuleGraph.strings(g, n, "template").stream().map(Template::normalise).collect(Collectors.toUnmodifiableSet()),
                    RuleGraph.strings(g, n, "linkTarget").stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
                    List.copyOf(RuleGraph.strings(g, n, "sign"))));
        }
        return List.copyOf(out);
    }
}
