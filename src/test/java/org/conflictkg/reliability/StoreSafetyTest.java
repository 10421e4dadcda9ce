package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.cli.CliTest;
import org.conflictkg.store.StoreLock;
import org.conflictkg.store.Stores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A store is never lost and never silently replaced: refusals, partial inputs, kills at every step, a second writer. */
@Tag("reliability")
public class StoreSafetyTest {
    @TempDir Path dir;

    public static long quads(Path db) {
        DatasetGraph dsg = Stores.open(db);
        try {
            return Txn.calculateRead(dsg, () -> { long n = 0; for (var it = dsg.find(); it.hasNext(); it.next()) n++; return n; });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aDirectoryThatIsNotOurStoreIsNeverReplaced() throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("precious.txt"), "keep me");
        CliTest.Run r = CliTest.run("load", "--db", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a store made by conflict-kg"), r.err());
        assertEquals("keep me", Files.readString(db.resolve("precious.txt")));
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me too");
        assertEquals(1, CliTest.run("load", "--db", file.toString()).code());
        assertEquals("keep me too", Files.readString(file));
    }

    @Test
    void aPartialInputFailsTheLoadAndKeepsTheStoreUnlessAsked() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString()).code());
        long before = quads(db);
        Path dump = org.conflictkg.bench.PipelineBench.generateDump(dir, 4);
        byte[] whole = Files.readAllBytes(dump);
        Path half = Files.write(dir.resolve("half.xml.bz2"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<mediawiki><page><title>A</title><ns>0</ns><revision><text>"
                + "On 5 May 2015, [[France]] acted.</text></revision></page><page><title>B</ti");
        for (Path bad : List.of(half, broken)) {
            CliTest.Run r = CliTest.run("load", "--db", db.toString(), bad.toString());
            assertEquals(1, r.code(), bad + ": " + r.err());
            assertTrue(r.err().contains("nothing was loaded"), r.err());
            assertEquals(before, quads(db), bad + " left the store as it was");
        }
        CliTest.Run partial = CliTest.run("load", "--db", db.toString(), "--keep-partial", broken.toString());
        assertEquals(org.conflictkg.cli.Main.INCOMPLETE, partial.code(), partial.err()); // loaded, as asked, and said to be incomplete
        assertTrue(partial.err().contains("after 1 complete page(s)"), partial.err());
        assertNotEquals(before, quads(db));
    }

    @ParameterizedTest
    @ValueSource(strings = {"built", "moved-old", "moved-new"})
    void aLoadKilledAtAnyStepLeavesAStoreThatTheNextRunRecovers(String step) throws Exception {
        Path db = dir.resolve("db");
        Path small = Files.writeString(dir.resolve("Small.wikitext"), "== Iraq ==\nOn 5 May 2015, [[France]] acted.\n");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), small.toString()).code());
        long old = quads(db);
        Process p = new ProcessBuilder(javaCommand("-Dconflictkg.crashAt=" + step, "load", "--db", db.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("load.log").toFile()).start();
        assertEquals(137, p.waitFor(), Files.readString(dir.resolve("load.log")));
        long now = quads(db); // opening recovers
        assertTrue(step.equals("moved-new") ? now > old : now == old, step + ": " + now + " vs " + old);
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.map(f -> f.getFileName().toString()).filter(n -> n.contains(".loading-") || n.contains(".previous-")).toList(),
                    "nothing of the killed load is left");
        }
    }

    @Test
    void aSecondWriterIsRefusedWithAMessage() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString()).code());
        try (StoreLock held = StoreLock.acquire(db, "serve")) {
            Process p = new ProcessBuilder(javaCommand("load", "--db", db.toString())).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("second.log").toFile()).start();
            assertEquals(1, p.waitFor());
            String log = Files.readString(dir.resolve("second.log"));
            assertTrue(log.contains("in use by another conflict-kg process (serve"), log);
        }
        assertEquals(0, CliTest.run("load", "--db", db.toString()).code(), "free again once the holder is gone");
    }

    @Test
    void aStoreReachedThroughASymbolicLinkTakesTheSameLockAndKeepsTheLink() throws Exception {
        Path db = dir.resolve("real-db");
        assertEquals(0, CliTest.run("load", "--db", db.toString()).code());
        Path link = Files.createSymbolicLink(dir.resolve("link-db"), db);
        try (StoreLock held = StoreLock.acquire(db, "serve")) {
            Process p = new ProcessBuilder(javaCommand("load", "--db", link.toString())).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("link.log").toFile()).start();
            assertEquals(1, p.waitFor());
            String log = Files.readString(dir.resolve("link.log"));
            assertTrue(log.contains("in use by another conflict-kg process (serve"), log);
        }
        assertEquals(0, CliTest.run("load", "--db", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(db.toRealPath(), link.toRealPath());
        assertTrue(quads(link) > 1000, "and it reaches the new store");
    }

    @Test
    void extractLeavesNoPartFileWhenStoppedBySigterm() throws Exception {
        Path dump = org.conflictkg.bench.PipelineBench.generateDump(dir, 200);
        Path out = dir.resolve("out.nq");
        Process p = new ProcessBuilder(javaCommand("extract", "-o", out.toString(), dump.toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("extract.log").toFile()).start();
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until && parts().isEmpty()) Thread.sleep(100);
        assertFalse(parts().isEmpty(), "the extraction writes its .part file");
        p.destroy(); // SIGTERM
        p.waitFor();
        assertEquals(List.of(), parts());
        assertFalse(Files.exists(out));
    }

    private List<String> parts() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    /** This JVM's java with its class path, running the CLI. */
    static List<String> javaCommand(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty() && rest.get(0).startsWith("-D")) cmd.add(rest.remove(0));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.conflictkg.cli.Main");
        cmd.addAll(rest);
        return cmd;
    }
}
