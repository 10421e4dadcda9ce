package org.conflictkg.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Re-extracts pages into an existing TDB2 store: each named graph the run writes (a page's graph,
 * the ontology) replaces the graph of that name, and every other page stays as it was. The
 * metadata graph gains the new run and keeps one current state ({@link MetadataRefresh}); the
 * redirects join the store's and every alias gives way to its canonical IRI ({@link RedirectMerge}).
 * One write transaction: a failure leaves the store unchanged.
 */
public final class PageReplace {
    private PageReplace() {}

    public static <T> T into(Path dir, Node metadataGraph, Node redirectsGraph, Function<StreamRDF, T> fill) {
        try (StoreLock lock = StoreLock.acquire(dir, "load --replace-pages")) {
            StoreRecovery.recover(StorePath.real(dir));
            return replace(dir, metadataGraph, redirectsGraph, fill);
        }
    }

    private static <T> T replace(Path dir, Node metadataGraph, Node redirectsGraph, Function<StreamRDF, T> fill) {
        DatasetGraph dsg = Stores.connect(dir);
        try {
            return Txn.calculateWrite(dsg, () -> {
                Set<Node> replaced = new HashSet<>();
                java.util.List<Quad> metadata = new java.util.ArrayList<>();
                java.util.List<Quad> redirects = new java.util.ArrayList<>();
                Set<Node> named = new HashSet<>(); // the IRIs the added pages name: some may be the store's aliases
                T result = fill.apply(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        Node g = q.getGraph();
                        if (g.equals(metadataGraph)) { metadata.add(q); return; }
                        if (g.equals(redirectsGraph)) { redirects.add(q); return; }
                        if (replaced.add(g)) dsg.removeGraph(g);
                        dsg.add(q);
                        if (q.getSubject().isURI()) named.add(q.getSubject());
                        if (q.getObject().isURI()) named.add(q.getObject());
                    }
                });
                RedirectMerge.apply(dsg, redirectsGraph, redirects, named);
                MetadataRefresh.apply(dsg, metadataGraph, metadata, replaced);
                return result;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
