package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.pipeline.Resources;
import org.junit.jupiter.api.Test;

/** Every file of ontology/ parses, and the core carries the header an ontology author expects. */
class OntologyFilesTest {
    @Test
    void everyTurtleFileParsesStrictly() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("ontology"))) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).toList();
        }
        assertTrue(files.size() >= 4, files.toString());
        for (Path f : files) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(f).strict(true).parse(g);
            assertTrue(g.size() > 0, f.toString());
        }
    }

    @Test
    void coreHeaderIsComplete() {
        Graph g = RDFDataMgr.loadGraph("ontology/" + Resources.ONTOLOGY);
        var onto = g.find(null, RDF.type.asNode(), OWL.Ontology.asNode()).next().getSubject();
        for (String p : List.of("http://purl.org/dc/terms/title", "http://purl.org/dc/terms/description",
                "http://purl.org/dc/terms/creator", "http://purl.org/dc/terms/license", "http://purl.org/dc/terms/created",
                "http://purl.org/dc/terms/modified", OWL.versionIRI.getURI(), OWL.versionInfo.getURI(),
                "http://purl.org/vocab/vann/preferredNamespacePrefix", "http://purl.org/vocab/vann/preferredNamespaceUri"))
            assertTrue(g.contains(onto, org.apache.jena.graph.NodeFactory.createURI(p), null), "header lacks " + p);
    }

    @Test
    void atLeastTenAlignments() {
        Graph g = RDFDataMgr.loadGraph("ontology/alignments.ttl");
        long n = g.find().filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(org.conflictkg.rdf.Ckg.NS)
                && !t.getPredicate().equals(RDF.type.asNode())).toList().size();
        assertTrue(n >= 10, "alignments: " + n);
    }
}
