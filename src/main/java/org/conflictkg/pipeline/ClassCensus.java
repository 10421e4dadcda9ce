package org.conflictkg.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Passes quads on and counts the distinct entities of each class, with the least IRI as example,
 * for the dataset's VoID description. Memory stays flat over a dump: an entity under a page's own
 * namespace ({@code resource/page/{Title}/...}) is stated only in that page's graph, whose quads
 * arrive together, so it is deduplicated within the page and then only counted; only entities
 * shared across pages (countries, operations, theaters) are kept, and there are few of them.
 */
final class ClassCensus extends StreamRDFWrapper {
    /** What the VoID class partition says of one class. */
    record Partition(long entities, Node example) {}

    /** An entity with one of its classes. */
    private record Typed(Node entity, Node type) {}

    private final String pageSpace;
    private final Map<Node, Set<Node>> shared = new HashMap<>();
    private final Map<Node, long[]> pageScoped = new HashMap<>();
    private final Map<Node, Node> examples = new HashMap<>();
    private final Set<Typed> seenInPage = new HashSet<>(); // in the current page graph
    private Node currentGraph;

    ClassCensus(StreamRDF out, String pageSpace) {
        super(out);
        this.pageSpace = pageSpace;
    }

    @Override
    public void quad(Quad q) {
        if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()) count(q);
        super.quad(q);
    }

    private void count(Quad q) {
        Node type = q.getObject(), s = q.getSubject();
        if (s.isURI()) examples.merge(type, s, (a, b) -> a.getURI().compareTo(b.getURI()) <= 0 ? a : b);
        if (s.isURI() && s.getURI().startsWith(pageSpace)) {
            if (!q.getGraph().equals(currentGraph)) { seenInPage.clear(); currentGraph = q.getGraph(); }
            if (seenInPage.add(new Typed(s, type)))
                pageScoped.computeIfAbsent(type, k -> new long[1])[0]++;
        } else {
            shared.computeIfAbsent(type, k -> new HashSet<>()).add(s);
        }
    }

    /** Per class: distinct entities and the least IRI. */
    Map<Node, Partition> partitions() {
        Map<Node, Partition> out = new HashMap<>();
        Set<Node> types = new HashSet<>(shared.keySet());
        types.addAll(pageScoped.keySet());
        for (Node t : types) {
            long n = shared.getOrDefault(t, Set.of()).size() + pageScoped.getOrDefault(t, new long[1])[0];
            out.put(t, new Partition(n, examples.get(t)));
        }
        return out;
    }
}
