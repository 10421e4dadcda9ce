package org.conflictkg.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job as a user runs it (target/bin/conflict-kg-spark, local[2]) on a multistream dump made
 * here: its parts hold, as a set of quads, what {@code extract --format nq} writes for the same pages
 * (apart from the run's own metadata), and {@code load --parts} makes a store whose saved queries
 * answer exactly as a store made by {@code load} from the dump.
 */
class SparkJobIT {
    @TempDir Path dir;

    private static String run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
        return out;
    }

    private static String bin(String name) {
        Path p = Path.of("target", "bin", name).toAbsolutePath();
        assertTrue(Files.isExecutable(p), "run 'mvn package' first");
        return p.toString();
    }

    @Test
    void theJobWritesWhatExtractWritesAndLoadsToTheSameAnswers() throws Exception {
        String article = Files.readString(Path.of(
                "src/main/resources/articles/international-military-intervention-against-the-islamic-state.wikitext"));
        List<Map.Entry<String, String>> pages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) pages.add(Map.entry("Intervention copy " + i, article));
        for (String f : List.of("Battle_of_Marsaglia", "Battle_of_Cynoscephalae", "Battle_of_Evesham"))
            pages.add(Map.entry(f.replace('_', ' '),
                    Files.readString(Path.of("src/test/resources/corpus/conflicts/" + f + ".wikitext"))));
        Path dump = org.conflictkg.bench.MultistreamDump.write(dir, "test", pages, 2);

        String job = run(dir, bin("conflict-kg-spark"), "--master", "local[2]", "--out", "parts", dump.toString());
        assertTrue(job.contains("spark extract: 3 split(s), 6 page(s) (0 failed, 0 skipped)"), job);
        Path parts = dir.resolve("parts");
        assertTrue(Files.exists(parts.resolve("_SUCCESS")));

        String kg = bin("conflict-kg");
        run(dir, kg, "extract", "test.xml", "--format", "nq", "-o", "extract.nq");
        Set<Quad> expected = quads(List.of(dir.resolve("extract.nq")));
        List<Path> files;
        try (var list = Files.list(parts)) { files = list.filter(p -> p.toString().endsWith(".nq.gz")).sorted().toList(); }
        Set<Quad> actual = quads(files);
        assertTrue(expected.size() > 60_000, "three copies of the article and three battles: " + expected.size());
        assertEquals(Set.of(), some(minus(expected, actual)), "quads extract writes and the job does not");
        assertEquals(Set.of(), some(minus(actual, expected)), "quads the job writes and extract does not");

        run(dir, kg, "load", "--db", "db-parts", "--parts", "parts");
        run(dir, kg, "load", "--db", "db-dump", "test.xml");
        for (String q : List.of("conflicts", "belligerents", "commanders", "involvement-matrix", "coalitions", "timeline",
                "sources", "battles"))
            assertEquals(run(dir, kg, "query", q, "--db", "db-dump"), run(dir, kg, "query", q, "--db", "db-parts"), q);
    }

    /** The quads of N-Quads files, without the run's own metadata graph (its run IRI and times differ). */
    private static Set<Quad> quads(List<Path> files) {
        Set<Quad> out = new HashSet<>();
        String metadata = Iris.defaults().metadataGraph().getURI();
        for (Path f : files) {
            try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override public void quad(Quad q) { if (!q.getGraph().getURI().equals(metadata)) out.add(q); }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Set<Quad> minus(Set<Quad> a, Set<Quad> b) {
        Set<Quad> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<Quad> some(Set<Quad> s) { return s.stream().limit(5).collect(Collectors.toSet()); }
}
