package org.conflictkg.validate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.pipeline.Resources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each node shape of ontology/shapes.ttl has a good data file that conforms and a bad one that does not. */
class ShapesTest {
    static final Graph SHAPES = Resources.turtle(java.nio.file.Path.of("ontology"), Resources.SHAPES);

    static List<String> shapeNames() {
        List<String> names = new ArrayList<>();
        SHAPES.find(Node.ANY, RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape"))
                .forEachRemaining(t -> names.add(t.getSubject().getLocalName()));
        names.sort(null);
        return names;
    }

    private static Graph data(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(ShapesTest.class.getResource("/shapes/" + file).toString()).parse(g);
        return g;
    }

    @TestFactory
    Stream<DynamicTest> goodAndBadDataPerShape() {
        List<String> names = shapeNames();
        assertTrue(names.size() >= 7, names.toString());
        return names.stream().flatMap(n -> Stream.of(
                DynamicTest.dynamicTest(n + " accepts good data", () -> {
                    ValidationReport r = ShapeCheck.validate(SHAPES, data(n + ".good.ttl"));
                    assertTrue(r.conforms(), () -> n + ": " + r.getEntries());
                }),
                DynamicTest.dynamicTest(n + " rejects bad data", () -> {
                    ValidationReport r = ShapeCheck.validate(SHAPES, data(n + ".bad.ttl"));
                    assertFalse(r.conforms(), n);
                    assertTrue(r.getEntries().stream().anyMatch(e -> e.source() != null), n);
                })));
    }
}
