package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.cli.CliTest;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-extracting one page replaces only that page's named graph. */
class PageReplaceTest {
    @TempDir Path dir;

    @Test
    void reExtractingAPageReplacesOnlyItsGraph() throws Exception {
        Path a = Files.writeString(dir.resolve("War_A.wikitext"), "== Iraq ==\nOn 5 May 2015, [[France]] acted.\n");
        Path b = Files.writeString(dir.resolve("War_B.wikitext"), "== Syria ==\nOn 6 June 2016, [[Chad]] acted.\n");
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), a.toString(), b.toString()).code());
        Files.writeString(a, "== Iraq ==\nOn 7 July 2017, [[Peru]] acted.\n");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), "--replace-pages", a.toString()).code());
        DatasetGraph dsg = Stores.open(db);
        try {
            Txn.executeRead(dsg, () -> {
                var ga = dsg.getGraph(Iris.defaults().pageGraph("War A"));
                var gb = dsg.getGraph(Iris.defaults().pageGraph("War B"));
                assertTrue(ga.contains(null, Ckg.text, NodeFactory.createLiteralString("On 7 July 2017, Peru acted.")));
                assertFalse(ga.contains(null, Ckg.text, NodeFactory.createLiteralString("On 5 May 2015, France acted.")));
                assertTrue(gb.contains(null, Ckg.text, NodeFactory.createLiteralString("On 6 June 2016, Chad acted.")));
                // One current metadata state: one count of the dataset, equal to the store's quads; both runs kept.
                var meta = dsg.getGraph(Iris.defaults().metadataGraph());
                var triples = meta.find(Iris.defaults().dataset(), NodeFactory.createURI("http://rdfs.org/ns/void#triples"), null).toList();
                assertEquals(1, triples.size(), triples.toString());
                long all = 0;
                for (var it = dsg.find(); it.hasNext(); it.next()) all++;
                assertEquals(all, Long.parseLong(triples.get(0).getObject().getLiteralLexicalForm()));
                assertEquals(2, meta.find(null, org.apache.jena.vocabulary.RDF.type.asNode(), Ckg.ExtractionRun).toList().size(),
                        "the run history keeps both runs, each with its dates");
                assertEquals(1, meta.find(Iris.defaults().pageGraph("War A"), NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy"), null)
                        .toList().size(), "page A was made by the second run only");
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
