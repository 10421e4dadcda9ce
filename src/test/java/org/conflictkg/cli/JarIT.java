package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged fat jar itself (after {@code mvn package}), so that merged service files,
 * bundled resources and the manifest are checked, not just the classes.
 */
class JarIT {
    @TempDir Path dir;

    private static Process java(Path dir, String... args) throws Exception {
        Path jar = Path.of("target", "conflict-kg.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "run 'mvn package' first");
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
    }

    @Test
    void theJarExtractsTheBundledArticleFromAnyDirectory() throws Exception {
        Process p = java(dir, "extract", "-o", "out.ttl");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        Graph g = RDFDataMgr.loadGraph(dir.resolve("out.ttl").toString());
        assertTrue(g.size() > 10_000);
    }

    @Test
    void theJarRunsASavedQueryOnATdb2Store() throws Exception {
        Process load = java(dir, "load", "--db", "db");
        load.getErrorStream().readAllBytes();
        assertTrue(load.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, load.exitValue());
        Process q = java(dir, "query", "sources", "--db", "db", "--format", "csv");
        String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(q.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, q.exitValue());
        assertEquals(403, out.strip().split("\r?\n").length);
    }
}
