package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The shortcut writer writes exactly what Jena's own N-Quads writer writes, whatever the IRI. */
class LineWriterTest {
    static final List<String> IRIS = List.of(
            "https://example.org/resource/wiki/Battle_of_Mosul_(2016%E2%80%932017)",
            "https://example.org/resource/wiki/Battle_of_Mosul_(2016–2017)",
            "https://example.org/a b", "https://example.org/a<b>", "https://example.org/q\"x", "https://example.org/{x}|^`\\",
            "https://example.org/tab\there", "https://example.org/ü", "urn:x:plain");

    private static String write(StreamRDF out, ByteArrayOutputStream bytes) {
        out.start();
        Node g = NodeFactory.createURI("https://example.org/graph/page/X");
        for (String iri : IRIS) {
            Node n = NodeFactory.createURI(iri);
            out.quad(Quad.create(g, n, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralString("l\u00e4bel \"q\"\n")));
            out.quad(Quad.create(g, NodeFactory.createBlankNode("b1"), NodeFactory.createURI("urn:p"), n));
        }
        out.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameLinesAsJena() {
        ByteArrayOutputStream ours = new ByteArrayOutputStream(), jena = new ByteArrayOutputStream();
        String a = write(LineWriter.onto(ours), ours);
        String b = write(StreamRDFWriter.getWriterStream(jena, Lang.NQUADS), jena);
        assertEquals(b.replaceAll("_:\\S+", "_:b"), a.replaceAll("_:\\S+", "_:b"));
        assertTrue(LineWriter.plain(IRIS.get(0)));
        assertFalse(LineWriter.plain(IRIS.get(2)));
        assertFalse(LineWriter.plain(IRIS.get(1)), "non-ASCII goes through Jena's writer");
    }
}
