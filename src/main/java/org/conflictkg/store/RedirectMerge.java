package org.conflictkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.rdf.Std;

/**
 * Keeps one IRI per entity when pages are added to a store: the redirects a run records join those
 * of the store (a retargeted alias replaces its old target), and a statement that names an alias by
 * its own IRI is moved to the canonical IRI, whichever run learned the alias: the aliases recorded
 * now (older pages may name them), and the store's aliases that the pages added now name. The cost
 * follows those aliases and the statements that name them, not the store, which may hold millions.
 */
final class RedirectMerge {
    private RedirectMerge() {}

    /** Inside the caller's write transaction; {@code named}: the IRIs the pages added now name. */
    static void apply(DatasetGraph dsg, Node redirectsGraph, List<Quad> recorded, java.util.Set<Node> named) {
        // An alias recorded now replaces what the store said of it: its old target, and its name as an
        // alternative label of that target (the label is the alias's own title, so it names the alias alone).
        for (Quad q : recorded) {
            if (q.getPredicate().equals(Std.owlSameAs)) dsg.deleteAny(redirectsGraph, q.getSubject(), Std.owlSameAs, Node.ANY);
            else if (q.getPredicate().equals(Std.skosAltLabel)) dsg.deleteAny(redirectsGraph, Node.ANY, Std.skosAltLabel, q.getObject());
        }
        recorded.forEach(dsg::add);
        Map<Node, Node> canonical = new HashMap<>();
        for (Quad q : recorded) if (q.getPredicate().equals(Std.owlSameAs)) canonical.put(q.getSubject(), q.getObject());
        for (Node n : named)
            if (!canonical.containsKey(n))
                dsg.find(redirectsGraph, n, Std.owlSameAs, Node.ANY).forEachRemaining(q -> canonical.put(n, q.getObject()));
        for (Map.Entry<Node, Node> e : canonical.entrySet()) rewrite(dsg, redirectsGraph, e.getKey(), e.getValue());
    }

    /** Every quad outside the redirects graph that names {@code alias} names {@code target} instead. */
    private static void rewrite(DatasetGraph dsg, Node redirectsGraph, Node alias, Node target) {
        List<Quad> old = new ArrayList<>();
        dsg.find(Node.ANY, alias, Node.ANY, Node.ANY).forEachRemaining(old::add);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, alias).forEachRemaining(old::add);
        for (Quad q : old) {
            if (q.getGraph().equals(redirectsGraph)) continue;
            dsg.delete(q);
            dsg.add(new Quad(q.getGraph(), q.getSubject().equals(alias) ? target : q.getSubject(), q.getPredicate(),
                    q.getObject().equals(alias) ? target : q.getObject()));
        }
    }
}
