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
        Process server = null;
        try {
            String last = null;
            for (Block b : blocks) {
                if (b.marker().equals("output")) {
                    assertNotNull(last, md + ":" + b.line() + ": output shown before any example");
                    int from = 0;
                    for (String want : b.text().split("\n")) {
                        if (want.isBlank() || want.strip().equals("…")) continue;
                        String w = want.strip().replace("…", "");
                        int at = last.indexOf(w, from);
                        assertTrue(at >= 0, md + ":" + b.line() + ": the example does not print\n" + want + "\nit printed:\n" + last);
                        from = at + w.length();
                    }
                    continue;
                }
                String script = b.text();
                if (script.contains("localhost:3030")) {
                    if (server == null) server = serve(dir);
                    script = script.replace("localhost:3030", "localhost:" + port);
                }
                ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(dir.toFile())
                        .redirectErrorStream(true);
                pb.environment().put("CONFLICT_KG_CACHE", dir.resolve("cache").toString());
                Process p = pb.start();
                last = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(300, TimeUnit.SECONDS), md + ":" + b.line() + " did not finish");
                assertEquals(0, p.exitValue(), md + ":" + b.line() + ":\n" + script + "\n" + last);
            }
        } finally {
            if (server != null) { server.destroy(); server.waitFor(20, TimeUnit.SECONDS); }
        }
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
