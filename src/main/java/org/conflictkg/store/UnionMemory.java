package org.conflictkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * An in-memory dataset for reading, filled once: named graphs plus a default graph that holds the
 * union of their triples, as a store's union default graph does. Filling it takes a tenth of the time
 * an in-memory TDB2 dataset takes (0.4 s against 3.3 s for the bundled article, cold), which is most
 * of a {@code query} call's time. Removing single quads is not supported (the union could not follow
 * cheaply); clearing all is.
 */
final class UnionMemory extends DatasetGraphWrapper {
    UnionMemory() {
        super(DatasetGraphFactory.createGeneral());
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        super.add(g, s, p, o);
        if (!Quad.isDefaultGraph(g)) getDefaultGraph().add(Triple.create(s, p, o));
    }

    @Override public void delete(Quad q) { readOnly(); }
    @Override public void delete(Node g, Node s, Node p, Node o) { readOnly(); }
    @Override public void deleteAny(Node g, Node s, Node p, Node o) { readOnly(); }
    @Override public void clear() { super.clear(); getDefaultGraph().clear(); }  // all at once: the union stays exact
    @Override public void removeGraph(Node graphName) { readOnly(); }

    private static void readOnly() {
        throw new UnsupportedOperationException("an in-memory union dataset is filled once and read; use a TDB2 store to change data");
    }
}
