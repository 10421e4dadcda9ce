package org.conflictkg.doc;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example the README and the guides mark {@code <!-- run -->} runs, word for word, with bash in
 * a fresh folder that has the packaged jar at {@code target/conflict-kg.jar} and copies of
 * {@code ontology/} and {@code queries/}, one folder per Markdown file so that its steps build on one
 * another. A block marked {@code <!-- output -->} after it is what it shows: each of its lines
 * (but "…") must come out, in order. Examples that call {@code localhost:3030} get a server of their
 * own, started from the same jar on a free port.
 */
class DocExamplesIT {
    record Block(String marker, String info, String text, int line) {}

    static List<Block> blocks(Path md) throws IOException {
        List<Block> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(md);
        String marker = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("<!-- run -->") || l.equals("<!-- output -->")) { marker = l; continue; }
            if (l.startsWith("```") && marker == null) { // an example another test runs (SPARQL) or none
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) { }
                out.add(new Block("other", l.substring(3), "", i));
                continue;
            }
            if (l.startsWith("```") && marker != null) {
                StringBuilder sb = new StringBuilder();
                int start = i + 1;
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) sb.append(lines.get(i)).append('\n');
                out.add(new Block(marker.contains("run") ? "run" : "output", l.substring(3), sb.toString(), start));
                marker = null;
            } else if (!l.isEmpty()) marker = null;
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyMarkedExampleRunsAndShowsWhatItPrints() throws IOException {
        List<Path> files = DocLinksTest.markdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path md : files) {
            List<Block> blocks = blocks(md);
            if (blocks.stream().noneMatch(b -> b.marker().equals("run"))) continue;
            tests.add(DynamicTest.dynamicTest(md.toString(), () -> runAll(md, blocks)));
        }
        assertTrue(tests.size() >= 3, "the README and at least two guides have runnable examples");
        return tests.stream();
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) return true;
        return false;
    }

    private static void runAll(Path md, List<Block> blocks) throws Exception {
        boolean curl = blocks.stream().anyMatch(b -> b.marker().equals("run") && b.text().contains("curl "));
        org.junit.jupiter.api.Assumptions.assumeTrue(!curl || onPath("curl"),
                "curl is not installed: the examples of " + md + " that call the server are skipped");
        Path dir = Files.createTempDirectory("ckg-doc-");
        Files.createDirectories(dir.resolve("target"));
        Path jar = Path.of("target/conflict-kg.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "run 'mvn package' first");
        Files.createSymbolicLink(dir.resolve("target/conflict-kg.jar"), jar);
        copy(Path.of("ontology"), dir.resolve("ontology"));
        copy(Path.of("queries"), dir.resolve("queries"));
        copy(Path.of("src/test/resources/corpus"), dir.resolve("src/test/resources/corpus"));
        Process server = null;
        try {
            String last = null;
            for (Block b : blocks) {
                String where = md + ":" + b.line();
                if (b.marker().equals("other")) { last = null; continue; }
                if (b.marker().equals("output")) {
                    if (last == null) continue; // the output of an example this test does not run
                    expect(where, b.text(), last);
                    continue;
                }
                // A transcript ("$ command" lines, each followed by what it prints) or a script.
                boolean transcript = b.text().lines().anyMatch(l -> l.startsWith("$ "));
                StringBuilder script = new StringBuilder(), shown = new StringBuilder();
                for (String l : b.text().split("\n"))
                    if (!transcript) script.append(l).append('\n');
                    else if (l.startsWith("$ ")) script.append(l.substring(2)).append('\n');
                    else shown.append(l).append('\n');
                String text = script.toString();
                if (text.contains("localhost:3030")) {
                    if (server == null) server = serve(dir);
                    text = text.replace("localhost:3030", "localhost:" + port);
                }
                last = bash(dir, where, text);
                if (transcript) expect(where, shown.toString(), last);
            }
        } finally {
            if (server != null) { server.destroy(); server.waitFor(20, TimeUnit.SECONDS); }
        }
    }

    private static String bash(Path dir, String where, String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("CONFLICT_KG_CACHE", dir.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), where + " did not finish");
        assertEquals(0, p.exitValue(), where + ":\n" + script + "\n" + out);
        return out;
    }

    /**
     * Each shown line comes out, in order, on a line of its own; "…" (or "...") stands for any text
     * within a line, and a line of only "…" for any lines.
     */
    static void expect(String where, String shown, String printed) {
        List<String> out = printed.replace("\r", "").lines().toList();
        int at = 0;
        for (String want : shown.split("\n")) {
            String w = want.strip();
            if (w.isEmpty() || w.equals("…") || w.equals("...")) continue;
            String[] parts = w.split("…|\\.\\.\\.", -1);
            int found = -1;
            for (int i = at; i < out.size() && found < 0; i++) if (matches(out.get(i), parts)) found = i;
            assertTrue(found >= 0, where + ": the example does not print\n" + want + "\nit printed:\n" + printed);
            at = found + 1;
        }
    }

    private static boolean matches(String line, String[] parts) {
        int from = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int i = line.indexOf(p, from);
            if (i < 0) return false;
            from = i + p.length();
        }
        return true;
    }

    private static int port;

    private static Process serve(Path dir) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/conflict-kg.jar", "serve", "--port", String.valueOf(port)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return p;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        p.destroy();
        fail("the server did not start: " + Files.readString(dir.resolve("server.log")));
        return p;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }
}
