package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

class SavedQueryTest {
    static final String Q = """
            #+ summary: Things by label
            #+ description: Lists things.
            #+ defaults:
            #+   - limit: 5
            #+ param label: the label to match
            SELECT ?s ?label WHERE {
              ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label .
              FILTER(!BOUND(?__label) || ?label = ?__label)
              FILTER(!BOUND(?__of_iri) || ?s = ?__of_iri)
            } LIMIT 100
            """;

    @Test
    void headerAndParametersFollowGrlc() {
        SavedQuery q = SavedQuery.parse("things", Q);
        assertEquals("Things by label", q.summary());
        assertEquals("Lists things.", q.description());
        assertEquals(2, q.params().size());
        Param label = q.param("label");
        assertFalse(label.required());
        assertEquals("string", label.type());
        assertEquals("the label to match", label.description());
        assertEquals("iri", q.param("of").type());
        assertEquals(java.util.List.of("s", "label"), q.columns());
    }

    @Test
    void parametersAreBoundAsTypedTerms() {
        SavedQuery q = SavedQuery.parse("things", Q);
        Binding b = QueryRunner.bind(q, Map.of("label", "France", "of", "https://example.org/x"));
        assertEquals(NodeFactory.createLiteralString("France"), b.get(Var.alloc("__label")));
        assertEquals(NodeFactory.createURI("https://example.org/x"), b.get(Var.alloc("__of_iri")));
        assertThrows(BadParameterException.class, () -> QueryRunner.bind(q, Map.of("of", "not an iri")));
        assertThrows(BadParameterException.class, () -> QueryRunner.bind(q, Map.of("colour", "red")));
        Param n = Param.fromVariable("_n_integer");
        assertTrue(n.required());
        assertThrows(BadParameterException.class, () -> n.toNode("12x"));
        assertEquals("en", Param.fromVariable("__name_en").language());
    }

    @Test
    void anInjectionAttemptIsJustAStringThatMatchesNothing() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            dsg.getDefaultGraph().add(NodeFactory.createURI("urn:a"), org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("France"));
            dsg.getDefaultGraph().add(NodeFactory.createURI("urn:b"), org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("Chad"));
        });
        SavedQuery q = SavedQuery.parse("things", Q);
        assertEquals(3, run(q, dsg, Map.of()).split("\r?\n").length);
        assertEquals(2, run(q, dsg, Map.of("label", "France")).split("\r?\n").length);
        String attack = "France\" || true || \"";
        assertEquals(1, run(q, dsg, Map.of("label", attack)).split("\r?\n").length, "header only: nothing widened");
        String attack2 = "x\") } UNION { ?s ?p ?label } #";
        assertEquals(1, run(q, dsg, Map.of("label", attack2)).split("\r?\n").length);
    }

    private static String run(SavedQuery q, DatasetGraph dsg, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(q, params, dsg, ResultFormat.CSV, 10_000, out);
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void bundledQueriesAllParse() {
        SavedQueries all = SavedQueries.load(null);
        assertTrue(all.names().contains("sources"));
        assertEquals(java.util.List.of("citation", "title", "url", "publisher", "date"), all.get("sources").columns());
        assertThrows(UnknownQueryException.class, () -> all.get("nope"));
    }
}
