package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** The store's quad count read from TDB2's indexes equals the quads one finds, inside a write and after it. */
class StoreQuadCountTest {
    private static Node iri(String s) { return NodeFactory.createURI("http://example.org/" + s); }

    private static long found(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) n++;
        return n;
    }

    private static void fill(DatasetGraph dsg) {
        for (int i = 0; i < 50; i++) {
            dsg.add(Quad.create(iri("g" + (i % 3)), iri("s" + i), iri("p"), NodeFactory.createLiteralString("o" + i)));
            dsg.add(Quad.defaultGraphIRI, iri("s" + i), iri("p"), iri("o"));
        }
        dsg.add(Quad.create(iri("g0"), iri("s0"), iri("p"), NodeFactory.createLiteralString("o0"))); // already there
        dsg.removeGraph(iri("g2"));
        dsg.delete(Quad.defaultGraphIRI, iri("s7"), iri("p"), iri("o"));
    }

    @Test
    void tdb2IndexSizesCountWhatAFindSees() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> {
            fill(tdb);
            assertEquals(found(tdb), MetadataRefresh.quads(tdb));
            assertEquals(49 + 34, MetadataRefresh.quads(tdb)); // 50 default-graph triples but one; graphs g0 and g1
        });
        Txn.executeRead(tdb, () -> assertEquals(83, MetadataRefresh.quads(tdb)));
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> {
            fill(mem);
            assertEquals(83, MetadataRefresh.quads(mem));
        });
    }
}
