package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ontology author adds a term and an extraction rule in a copy of ontology/, with no Java,
 * and the new facts appear in the graph.
 */
class ExtensionTest {
    @TempDir Path dir;

    @Test
    void aNewTermAndRuleInACopyOfTheOntologyProduceNewFacts() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve("extension.ttl"), """
                @prefix ckg: <https://w3id.org/conflict-kg/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                ckg:Insurgency a owl:Class ; rdfs:subClassOf ckg:ArmedEngagement ;
                    rdfs:label "insurgency"@en ; skos:definition "An armed uprising titled as an insurgency."@en .
                """);
        Files.writeString(dir.resolve("mapping.ttl"), Files.readString(dir.resolve("mapping.ttl")) + """

                map:insurgencyTitles a map:TitleRule ;
                    map:pattern "\\\\binsurgency\\\\b" ; map:emits ckg:Insurgency ; map:priority 40 .
                """);

        DatasetGraph dsg = DatasetGraphFactory.create();
        Pipeline.builder().ontologyDir(dir).build().run(StreamRDFLib.dataset(dsg));

        Node insurgency = NodeFactory.createURI("https://w3id.org/conflict-kg/ontology#Insurgency");
        Node sinai = Iris.defaults().wikiEntity("Sinai insurgency");
        assertTrue(dsg.getUnionGraph().contains(sinai, RDF.type.asNode(), insurgency), "the rule typed a linked insurgency");
        assertTrue(dsg.getGraph(Iris.defaults().ontologyGraph()).contains(insurgency, RDFS.label.asNode(), Node.ANY),
                "the new term is in the ontology graph");

        DatasetGraph store = org.conflictkg.store.Stores.inMemory();
        org.apache.jena.system.Txn.executeWrite(store, () -> Pipeline.builder().ontologyDir(dir).build().run(StreamRDFLib.dataset(store)));
        assertTrue(org.conflictkg.Fixtures.query(store, "battles", java.util.Map.of()).stream()
                        .anyMatch(r -> r.get(0).equals("Sinai insurgency") && r.get(1).equals("insurgency")),
                "battles lists every subclass of ckg:ArmedEngagement, the author's new one too");

        DatasetGraph plain = DatasetGraphFactory.create();
        Pipeline.builder().build().run(StreamRDFLib.dataset(plain));
        assertFalse(plain.getUnionGraph().contains(Node.ANY, RDF.type.asNode(), insurgency), "without the rule, no such facts");
    }
}
