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
 * Passes quads on and counts the distinct entities of each class of the data, with one example,
 * for the dataset's VoID description.
 */
final class ClassCensus extends StreamRDFWrapper {
    private final Map<Node, Set<Node>> entities = new HashMap<>();

    ClassCensus(StreamRDF out) { super(out); }

    @Override
    public void quad(Quad q) {
        if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI())
            entities.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
        super.quad(q);
    }

    Map<Node, Set<Node>> entities() { return entities; }
}
