package org.conflictkg.query.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Regex functions answer as Jena's do, and stop when their query times out. */
@Tag("reliability")
class RegexBoundsTest {
    private static final String RUNAWAY = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){20}$\"";
    private final Dataset empty = DatasetFactory.create();

    @BeforeAll
    static void install() { RegexBounds.install(); }

    private RDFNode value(String expr) {
        try (QueryExecution qe = QueryExecution.create("SELECT (" + expr + " AS ?v) {}", empty)) {
            QuerySolution row = qe.execSelect().next();
            return row.get("v");
        }
    }

    @Test
    void answersAsJenaDoes() {
        assertEquals(true, value("regex(\"Abc\", \"^a\", \"i\")").asLiteral().getBoolean());
        assertEquals(false, value("regex(\"Abc\", \"^a\")").asLiteral().getBoolean());
        assertEquals(true, value("regex(\"a.c\", \".\", \"q\")").asLiteral().getBoolean());
        assertEquals(true, value("regex(\"x\\ny\", \"^y\", \"m\")").asLiteral().getBoolean());
        assertEquals("aXcaXc", value("replace(\"abcabc\", \"b\", \"X\")").asLiteral().getLexicalForm());
        assertEquals("fr", value("replace(\"abc\"@fr, \"(b)\", \"[$1]\")").asLiteral().getLanguage());
        assertEquals("a[b]c", value("replace(\"abc\"@fr, \"(b)\", \"[$1]\")").asLiteral().getLexicalForm());
        assertEquals(true, value("<http://www.w3.org/2005/xpath-functions#matches>(\"abc\", \"B\", \"i\")")
                .asLiteral().getBoolean());
        assertEquals("a-c", value("<http://www.w3.org/2005/xpath-functions#replace>(\"abc\", \"b\", \"-\")")
                .asLiteral().getLexicalForm());
    }

    @Test
    void badArgumentsAreEvaluationErrorsAsInJena() {
        assertThrows(ExprEvalException.class, () -> value("regex(\"abc\", \"(\")"));  // compiled when parsed
        assertEquals(null, value("regex(1, \"1\")"));  // an error per row leaves the variable unbound
        assertEquals(null, value("regex(\"abc\", str(\"(\"))"));
    }

    @Test
    void aRunawayRegexStopsAtTheTimeout() {
        assertStopsWithinTimeout("ASK { FILTER regex(" + RUNAWAY + ") }");
        assertStopsWithinTimeout("SELECT (replace(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){20}$\", \"\") AS ?x) {}");
        assertStopsWithinTimeout("ASK { FILTER <http://www.w3.org/2005/xpath-functions#matches>(" + RUNAWAY + ") }");
        assertStopsWithinTimeout("SELECT * { BIND(regex(" + RUNAWAY + ") AS ?x) }");
    }

    private void assertStopsWithinTimeout(String query) {
        long start = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(empty)
                    .timeout(500, TimeUnit.MILLISECONDS).build()) {
                if (qe.getQuery().isAskType()) qe.execAsk();
                else qe.execSelect().forEachRemaining(r -> {});
            }
        });
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 2_500, query + " ran " + ms + " ms past a 500 ms timeout");
    }
}
