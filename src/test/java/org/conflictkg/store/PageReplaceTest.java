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

    @Test
    void aRedirectAddedLaterMovesEveryStatementToTheCanonicalIri() throws Exception {
        Path a = Files.writeString(dir.resolve("War_A.wikitext"), "== Iraq ==\nOn 5 May 2016, the [[Battle of Foo (2016–17)]] began.\n");
        Path b = Files.writeString(dir.resolve("War_B.wikitext"), "== Syria ==\nOn 6 June 2017, the [[Battle of Foo (2016–2017)]] ended.\n");
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), a.toString(), b.toString()).code());
        var alias = NodeFactory.createURI(Iris.DEFAULT_BASE + "resource/wiki/Battle_of_Foo_(2016–17)");
        var canonical = NodeFactory.createURI(Iris.DEFAULT_BASE + "resource/wiki/Battle_of_Foo_(2016–2017)");
        DatasetGraph before = Stores.open(db);
        try {
            Txn.executeRead(before, () -> assertTrue(before.contains(null, alias, null, Ckg.Battle), "two titles, two battles"));
        } finally {
            TDBInternal.expel(before);
        }
        // The redirect page alone, added to the store: the page that names the alias is not extracted again.
        Path r = Files.writeString(dir.resolve("Battle_of_Foo_(2016–17).wikitext"), "#REDIRECT [[Battle of Foo (2016–2017)]]\n");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), "--replace-pages", r.toString()).code());
        DatasetGraph dsg = Stores.open(db);
        try {
            Txn.executeRead(dsg, () -> {
                var redirects = Iris.defaults().redirectsGraph();
                assertTrue(dsg.contains(redirects, alias, org.conflictkg.rdf.Std.owlSameAs, canonical));
                assertTrue(dsg.contains(Iris.defaults().pageGraph("War A"), canonical, null, Ckg.Battle), "page A's battle is the canonical one");
                assertEquals(java.util.List.of(), dsg.stream(null, alias, null, null).filter(q -> !q.getGraph().equals(redirects)).toList());
                assertEquals(java.util.List.of(), dsg.stream(null, null, null, alias).toList());
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
