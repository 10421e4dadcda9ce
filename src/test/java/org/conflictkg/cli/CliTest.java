package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: exit codes, one clear error line, output that parses. */
public class CliTest {
    @TempDir Path dir;

    public record Run(int code, String out, String err) {}

    public static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.err().contains("\tat "), "no stack trace by default:\n" + r.err());
        assertFalse(r.err().contains("Exception in thread"), r.err());
    }

    @Test
    void extractWritesTurtleThatParses() {
        Path out = dir.resolve("out.ttl");
        Run r = run("extract", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        Graph g = RDFDataMgr.loadGraph(out.toString());
        assertTrue(g.size() > 10_000, "size " + g.size());
        assertTrue(r.err().contains("bi1"), "the dangling ref is reported");
    }

    @Test
    void extractIntoAPipeWritesThroughItAndLeavesThePipe() throws Exception {
        // "-o /dev/null" or a FIFO must be written straight: the write-then-rename of regular files
        // would replace the device with a file.
        Path fifo = dir.resolve("out.nt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try { return Files.readString(fifo); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
        });
        Run r = run("extract", "-o", fifo.toString());
        assertEquals(0, r.code(), r.err());
        String nt = read.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(nt.lines().count() > 10_000, "N-Triples through the pipe: " + nt.lines().count());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
        try (var left = Files.list(dir)) { assertEquals(1, left.count(), "no temporary file left beside it"); }
    }

    @Test
    void queryPrintsCsv() {
        Run r = run("query", "sources", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\r?\n");
        assertEquals("citation,title,url,publisher,date", lines[0]);
        assertEquals(403, lines.length);
    }

    @Test
    void emptyFileIsOneClearErrorAndExitOne() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.wikitext"), "");
        Run r = run("extract", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error:") && r.err().contains("empty"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void binaryFileIsOneClearErrorAndExitOne() throws Exception {
        Path bin = Files.write(dir.resolve("x.wikitext"), new byte[]{1, 2, 0, 3, (byte) 0xff});
        Run r = run("extract", bin.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("binary"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void truncatedArticleGivesWarningsWithLocationsAndAGraph() throws Exception {
        String a = Fixtures.article();
        Path cut = Files.writeString(dir.resolve("Truncated.wikitext"), a.substring(0, a.length() / 2));
        Path out = dir.resolve("t.nt");
        Run r = run("extract", cut.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: page 'Truncated'"), r.err());
        assertTrue(r.err().matches("(?s).*line \\d+.*"), r.err());
        assertTrue(Files.size(out) > 1000);
        assertNoStackTrace(r);
    }

    @Test
    void unbalancedMarkupAndDanglingRefAreWarningsNotCrashes() throws Exception {
        Path bad = Files.writeString(dir.resolve("Bad.wikitext"),
                "Intro.<ref name=\"nowhere\"/>\n== A ==\n{{cite web|url=x\n{|\n| cell\n== B ==\n}} text ]] [[\n");
        Run r = run("extract", bad.toString(), "-f", "nt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("nowhere"), r.err());
        assertTrue(r.err().contains("never closed"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("no-such-command").code());
        assertEquals(2, run("query", "no-such-query").code());
        assertEquals(2, run("query", "sources", "--param", "about=not an iri").code());
        assertEquals(2, run("extract", "--format").code());
    }

    @Test
    void loadThenQueryTheStore() {
        Path db = dir.resolve("db");
        assertEquals(0, run("load", "--db", db.toString()).code());
        Run r = run("query", "sources", "--db", db.toString(), "-f", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals(403, r.out().strip().split("\r?\n").length);
        Run missing = run("query", "sources", "--db", dir.resolve("nothing").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no TDB2 store"), missing.err());
    }

    @Test
    void validateOnABrokenGraphExitsOneWithAReadableReport() throws Exception {
        Path out = dir.resolve("g.nt");
        assertEquals(0, run("extract", "-o", out.toString()).code());
        // Break it: drop every citation's page link and give one citation a malformed date.
        String broken = Files.readAllLines(out).stream()
                .filter(l -> !l.contains("/citation/") || !l.contains("ontology#inPage>"))
                .map(l -> l.contains("ontology#publicationDate>") ? l.replaceFirst("\"[^\"]*\"\\^\\^<[^>]*>", "\"someday\"") : l)
                .reduce("", (a, b) -> a + b + "\n");
        Files.writeString(out, broken);
        Run r = run("validate", "--data", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("violation"), r.out());
        assertTrue(r.out().contains("ckg:inPage"), r.out());
        assertTrue(r.out().contains("publication date"), r.out());
    }

    @Test
    void docsWritesOnePageWithAnAnchorPerTermAndTheDiagram() throws Exception {
        Path out = dir.resolve("docs");
        assertEquals(0, run("docs", "-o", out.toString()).code());
        String html = Files.readString(out.resolve("index.html"));
        for (String id : new String[]{"Country", "Membership", "Involvement", "DatedEvent", "CasualtyClaim", "iso3", "since"})
            assertTrue(html.contains("id=\"" + id + "\""), id);
        assertTrue(Files.readString(out.resolve("classes.dot")).contains("\"ckg:Country\" -> \"ckg:Actor\""));
    }

    @Test
    void validateConformsOnTheBundledArticle() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.out() + r.err());
    }
}
