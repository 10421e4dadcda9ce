package org.conflictkg.pipeline;

import java.util.HashSet;
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
    /** An entity with one of its classes. */
    private record Typed(Node entity, Node type) {}

    private final String pageSpace;
    private final ClassCounts counts = new ClassCounts();
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
        if (s.isURI()) counts.example(type, s);
        if (s.isURI() && s.getURI().startsWith(pageSpace)) {
            if (!q.getGraph().equals(currentGraph)) { seenInPage.clear(); currentGraph = q.getGraph(); }
            if (seenInPage.add(new Typed(s, type))) counts.pageScoped(type);
        } else {
            counts.shared(type, s);
        }
    }

    ClassCounts counts() { return counts; }
}
