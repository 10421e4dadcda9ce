package org.conflictkg.mapping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/** The ontology's classes, each with every class above it by {@code rdfs:subClassOf} (named classes only). */
final class ClassHierarchy {
    private ClassHierarchy() {}

    static Map<Node, Set<Node>> broader(Graph ontology) {
        Map<Node, Set<Node>> parents = new HashMap<>();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI())
                parents.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
        });
        Map<Node, Set<Node>> out = new HashMap<>();
        for (Node c : parents.keySet()) {
            Set<Node> all = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(parents.get(c));
            while (!todo.isEmpty()) {
                Node p = todo.pop();
                if (all.add(p)) todo.addAll(parents.getOrDefault(p, Set.of()));
            }
            out.put(c, Set.copyOf(all));
        }
        return Map.copyOf(out);
    }
}
