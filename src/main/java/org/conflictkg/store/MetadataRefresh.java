package org.conflictkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * After pages were replaced in a store, one current metadata state: the new run's statements about
 * its page graphs replace the old ones of those graphs, the dataset's figures (its {@code void:triples},
 * entities per class) are counted again over the whole store, and every run stays, with its dates,
 * as the store's history. Runs inside the caller's write transaction.
 */
final class MetadataRefresh {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node TRIPLES = NodeFactory.createURI(VOID + "triples");
    private static final Node PARTITION = NodeFactory.createURI(VOID + "classPartition");
    private static final Node ENTITIES = NodeFactory.createURI(VOID + "entities");
    private static final Node CLASS = NodeFactory.createURI(VOID + "class");

    private MetadataRefresh() {}

    static void apply(DatasetGraph dsg, Node metadata, List<Quad> fresh, Set<Node> replacedGraphs) {
        // The page graphs just written: what the store said of them before goes.
        for (Node g : replacedGraphs) dsg.deleteAny(metadata, g, Node.ANY, Node.ANY);
        Set<Node> datasets = new HashSet<>();
        for (Quad q : fresh) {
            if (q.getPredicate().equals(TRIPLES) && !replacedGraphs.contains(q.getSubject())) { datasets.add(q.getSubject()); continue; }
            if (q.getPredicate().equals(PARTITION) || q.getPredicate().equals(ENTITIES) || q.getPredicate().equals(CLASS)) continue;
            dsg.add(q);
        }
        for (Node ds : datasets) recount(dsg, metadata, ds);
    }

    /** The dataset's triples and entities per class, from the store as it now is. */
    private static void recount(DatasetGraph dsg, Node metadata, Node ds) {
        List<Node> old = new ArrayList<>();
        dsg.find(metadata, ds, PARTITION, Node.ANY).forEachRemaining(q -> old.add(q.getObject()));
        for (Node part : old) dsg.deleteAny(metadata, part, Node.ANY, Node.ANY);
        dsg.deleteAny(metadata, ds, PARTITION, Node.ANY);
        dsg.deleteAny(metadata, ds, TRIPLES, Node.ANY);
        String census = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } "
                + "FILTER(STRSTARTS(STR(?c), \"https://w3id.org/conflict-kg/ontology#\") && ?g != <" + metadata.getURI() + ">) } GROUP BY ?c";
        List<Quad> partitions = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(census)).build()) {
            qe.select().forEachRemaining(b -> {
                Node c = b.get("c");
                Node part = NodeFactory.createURI(ds.getURI() + "/class/" + c.getLocalName());
                partitions.add(Quad.create(metadata, ds, PARTITION, part));
                partitions.add(Quad.create(metadata, part, CLASS, c));
                partitions.add(Quad.create(metadata, part, ENTITIES, NodeFactory.createLiteralDT(b.get("n").getLiteralLexicalForm(), XSDDatatype.XSDinteger)));
            });
        }
        partitions.forEach(dsg::add);
        dsg.add(metadata, ds, TRIPLES, NodeFactory.createLiteralDT(Long.toString(quads(dsg) + 1), XSDDatatype.XSDinteger)); // + this one
    }

    /**
     * Every quad of the store. In TDB2, the sizes of its quad and triple indexes, read without decoding
     * a node: iterating the quads decodes every node, over a minute for a store of 4 million quads
     * (0.5 s this way), on every load that adds a page. Another dataset is counted quad by quad.
     */
    static long quads(DatasetGraph dsg) {
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg)) {
            var tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg);
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        }
        long all = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) all++;
        return all;
    }
}
