package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ClassCensusTest {
    private static final String R = "https://example.org/resource/";
    private static final Node SENTENCE = uri("https://example.org/ontology#Sentence"), COUNTRY = uri("https://example.org/ontology#Country");

    @Test
    void countsDistinctEntitiesPerClassAcrossPagesWithTheLeastIriAsExample() {
        ClassCensus census = new ClassCensus(new StreamRDFBase(), R + "page/");
        Node ga = uri("https://example.org/graph/page/A"), gb = uri("https://example.org/graph/page/B");
        type(census, ga, R + "page/A/sentence/2", SENTENCE);
        type(census, ga, R + "page/A/sentence/1", SENTENCE);
        type(census, ga, R + "page/A/sentence/1", SENTENCE);   // stated twice in its page: one entity
        type(census, ga, R + "country/FRA", COUNTRY);
        type(census, gb, R + "page/B/sentence/1", SENTENCE);
        type(census, gb, R + "country/FRA", COUNTRY);          // shared across pages: one entity
        type(census, gb, R + "country/IRQ", COUNTRY);
        Map<Node, ClassCounts.Partition> p = census.counts().partitions();
        assertEquals(new ClassCounts.Partition(3, uri(R + "page/A/sentence/1")), p.get(SENTENCE));
        assertEquals(new ClassCounts.Partition(2, uri(R + "country/FRA")), p.get(COUNTRY));

        // Counted apart (as Spark tasks do) and merged: the same figures.
        ClassCensus a = new ClassCensus(new StreamRDFBase(), R + "page/"), b = new ClassCensus(new StreamRDFBase(), R + "page/");
        type(a, ga, R + "page/A/sentence/2", SENTENCE);
        type(a, ga, R + "page/A/sentence/1", SENTENCE);
        type(a, ga, R + "country/FRA", COUNTRY);
        type(b, gb, R + "page/B/sentence/1", SENTENCE);
        type(b, gb, R + "country/FRA", COUNTRY);
        type(b, gb, R + "country/IRQ", COUNTRY);
        ClassCounts merged = new ClassCounts();
        merged.merge(b.counts());
        merged.merge(a.counts());
        assertEquals(p, merged.partitions());
    }

    private static void type(ClassCensus c, Node g, String s, Node cls) {
        c.quad(Quad.create(g, uri(s), RDF.type.asNode(), cls));
    }

    private static Node uri(String u) { return NodeFactory.createURI(u); }
}
