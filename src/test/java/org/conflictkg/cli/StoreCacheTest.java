package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.cache.CacheKey;
import org.conflictkg.cache.StoreCache;
import org.conflictkg.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * query and serve reuse the store built from unchanged inputs, and rebuild it when one byte of an
 * input, of the mapping rules or the program's version changes; a broken entry is rebuilt.
 */
class StoreCacheTest {
    @TempDir Path dir;
    Path cache, page;

    @BeforeEach
    void copyAPage() throws Exception {
        cache = dir.resolve("cache");
        page = Files.copy(Path.of("src/test/resources/corpus/conflicts/Battle_of_Marsaglia.wikitext"),
                dir.resolve("Battle_of_Marsaglia.wikitext"));
    }

    private CliTest.Run query(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("query", "conflicts", "-i", page.toString(), "--cache", cache.toString()));
        args.addAll(List.of(extra));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private List<Path> entries() throws Exception {
        try (var s = Files.list(cache)) { return s.filter(p -> p.toString().endsWith(".rt")).sorted().toList(); }
    }

    @Test
    void theSameInputsAreReadFromTheCacheAndOneChangedByteRebuilds() throws Exception {
        String first = query().out();
        assertEquals(1, entries().size());
        Path entry = entries().get(0);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        byte[] before = Files.readAllBytes(entry);
        CliTest.Run again = query();
        assertEquals(first, again.out());
        assertFalse(again.err().contains("extract:"), "no extraction the second time: " + again.err());
        assertArrayEquals(before, Files.readAllBytes(entry), "the entry is read, not rewritten");

        byte[] text = Files.readAllBytes(page);
        int at = new String(text, StandardCharsets.ISO_8859_1).indexOf("|date=4 October 1693");
        text[at + "|date=4 October 169".length()] = '4';  // the date's year 1693 becomes 1694: one byte
        Files.write(page, text);
        CliTest.Run changed = query();
        assertTrue(changed.err().contains("extract:"), "extracted again");
        assertEquals(2, entries().size());
        assertNotEquals(first, changed.out(), "and the answer follows the input");
    }

    @Test
    void oneChangedByteOfTheMappingRulesRebuilds() throws Exception {
        Path ontology = dir.resolve("ontology");
        Files.createDirectories(ontology);
        try (var s = Files.list(Path.of("ontology"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) Files.copy(f, ontology.resolve(f.getFileName()));
        }
        query("--ontology-dir", ontology.toString());
        query("--ontology-dir", ontology.toString());
        assertEquals(1, entries().size());
        Path mapping = ontology.resolve("mapping.ttl");
        String rules = Files.readString(mapping);
        int comment = rules.indexOf("# ");
        Files.writeString(mapping, rules.substring(0, comment + 2) + "X" + rules.substring(comment + 3));
        assertTrue(query("--ontology-dir", ontology.toString()).err().contains("extract:"));
        assertEquals(2, entries().size());
    }

    @Test
    void anotherVersionOfTheProgramRebuilds() {
        StoreCache c = new StoreCache(cache);
        AtomicInteger builds = new AtomicInteger();
        Quad q = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("o"));
        for (String version : new String[] {"0.1.0", "0.1.0", "0.1.1"}) {
            DatasetGraph dsg = Stores.inMemoryForReading();
            c.fill(dsg, new CacheKey(version).file("input", page), sink -> { builds.incrementAndGet(); sink.quad(q); return true; },
                    w -> fail(w));
            assertTrue(dsg.contains(q), "built or read, the store has the data");
            assertTrue(dsg.getDefaultGraph().contains(q.asTriple()), "and its default graph is the union");
        }
        assertEquals(2, builds.get(), "built for 0.1.0, read again for 0.1.0, built for 0.1.1");
    }

    @Test
    void aBrokenEntryIsRebuiltWithAWarning() throws Exception {
        String first = query().out();
        Files.write(entries().get(0), "not RDF Thrift".getBytes(StandardCharsets.UTF_8));
        CliTest.Run r = query();
        assertTrue(r.err().contains("cache entry") && r.err().contains("rebuilding it"), r.err());
        assertEquals(first, r.out());
        assertEquals(first, query().out(), "and the rebuilt entry serves the next call");
    }

    @Test
    void listAndClearTouchOnlyTheCachesFiles() throws Exception {
        query();
        Path foreign = Files.writeString(cache.resolve("notes.txt"), "mine");
        CliTest.Run list = CliTest.run("cache", "--list", "--cache", cache.toString());
        assertEquals(0, list.code());
        assertEquals(2, list.out().strip().split("\n").length, list.out());
        assertTrue(list.out().contains("Battle_of_Marsaglia.wikitext"), list.out());
        CliTest.Run clear = CliTest.run("cache", "--clear", "--cache", cache.toString());
        assertEquals(0, clear.code(), clear.err());
        assertTrue(entries().isEmpty());
        assertTrue(Files.exists(foreign), "a file the cache did not make stays");
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("a.rt"), "x");
        CliTest.Run refused = CliTest.run("cache", "--clear", "--cache", other.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("not a conflict-kg cache"), refused.err());
    }

    @Test
    void severalQueriesWriteOneFileEachFromOneStore() throws Exception {
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("query", "conflicts", "belligerents", "-i", page.toString(), "--cache", cache.toString(),
                "--out-dir", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().split("extract:", -1).length - 1, "one extraction for both");
        assertEquals(query().out(), Files.readString(out.resolve("conflicts.csv")));
        CliTest.Run single = CliTest.run("query", "belligerents", "-i", page.toString(), "--cache", cache.toString());
        assertEquals(single.out(), Files.readString(out.resolve("belligerents.csv")));
        CliTest.Run noDir = CliTest.run("query", "conflicts", "belligerents", "-i", page.toString(), "--cache", cache.toString());
        assertEquals(2, noDir.code());
    }
}
