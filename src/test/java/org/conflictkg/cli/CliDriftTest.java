package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the README promises of the commands: usage errors exit 2, outputs validate, counts agree. */
class CliDriftTest {
    @TempDir Path dir;

    @Test
    void anUnknownFormatIsAUsageError() {
        CliTest.Run r = CliTest.run("extract", "--format", "xyz", "-o", dir.resolve("x").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("xyz"), r.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void adHocAskAndBadSparqlAndRepeatedParameters() {
        CliTest.Run ask = CliTest.run("query", "-e", "ASK {}", "--format", "json");
        assertEquals(0, ask.code(), ask.err());
        assertTrue(ask.out().contains("\"boolean\" : true"), ask.out());
        CliTest.Run bad = CliTest.run("query", "-e", "SELEKT nothing");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: parameter '-e': not valid SPARQL"), bad.err());
        assertFalse(bad.err().contains("adhoc"), bad.err());
        CliTest.Run twice = CliTest.run("query", "involvement", "--param", "country=France", "--param", "country=Germany");
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("more than once"), twice.err());
    }

    @Test
    void theOutputFileGetsTheModeOfANewFile() throws Exception {
        Path out = dir.resolve("out.nt");
        assertEquals(0, CliTest.run("extract", "-o", out.toString()).code());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void everyOutputFormatValidates() {
        for (String f : List.of("ttl", "nt", "nq", "trig", "jsonld")) {
            Path out = dir.resolve("out." + f);
            assertEquals(0, CliTest.run("extract", "-o", out.toString()).code(), f);
            CliTest.Run v = CliTest.run("validate", "--data", out.toString());
            assertEquals(0, v.code(), f + ": " + v.out());
        }
    }

    @Test
    void theLogTheStoreAndVoidCountTheSameDistinctQuads() throws Exception {
        Path out = dir.resolve("out.nq");
        CliTest.Run r = CliTest.run("extract", "-o", out.toString());
        long logged = Long.parseLong(r.err().replaceAll("(?s).*wrote .* \\(nq, ([0-9,]+) quads\\).*", "$1").replace(",", ""));
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        long distinct;
        try (QueryExecution qe = QueryExecution.dataset(ds).query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
            distinct = qe.execSelect().next().getLiteral("n").getLong();
        }
        assertEquals(distinct, logged, "the log counts distinct quads");
        long lines = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).count();
        assertEquals(distinct, lines, "no quad written twice");
        long voidTriples;
        try (QueryExecution qe = QueryExecution.dataset(ds).query("PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n { GRAPH ?m { "
                + "<https://w3id.org/conflict-kg/dataset> void:triples ?n } }").build()) {
            voidTriples = qe.execSelect().next().getLiteral("n").getLong();
        }
        assertEquals(distinct, voidTriples, "VoID's void:triples is the same count");
        Path db = dir.resolve("db");
        CliTest.Run load = CliTest.run("load", "--db", db.toString());
        assertTrue(load.err().contains("loaded " + String.format("%,d", distinct) + " quads"), load.err());
    }
}
