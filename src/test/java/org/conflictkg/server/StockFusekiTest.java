package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.cli.CliTest;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.ResultFormat;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock Fuseki server jar of Maven Central ({@code jena-fuseki-server}, copied into
 * {@code target/stock-fuseki/} by the build) reads {@code fuseki-config/config.ttl} and serves a
 * store made by {@code load}, with its own files in a base folder of their own; every saved query
 * answers there exactly as on the project's server.
 */
class StockFusekiTest {
    static final Path JAR = Path.of("target/stock-fuseki/jena-fuseki-server.jar");
    @TempDir Path dir;

    @Test
    void stockFusekiAnswersEverySavedQueryAsTheProjectsServer() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "the build copies the stock Fuseki jar; run through Maven");
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString()).code());
        Path config = dir.resolve("config.ttl");
        Files.writeString(config, Files.readString(Path.of("fuseki-config/config.ttl"))
                .replace("tdb2:location \"run/db\"", "tdb2:location \"" + db.toAbsolutePath() + "\""));
        Path base = dir.resolve("fuseki-base");
        int port;
        try (var s = new java.net.ServerSocket(0)) { port = s.getLocalPort(); }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--config", config.toString(), "--port", Integer.toString(port), "--localhost")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stock.log").toFile());
        pb.environment().put("FUSEKI_BASE", base.toString());
        Process stock = pb.start();
        Map<String, String> onStock, onProject;
        String gspStock, gspProject;
        try {
            String url = "http://localhost:" + port;
            waitFor(url + "/$/ping", stock);
            onStock = everyQuery(url + "/kg/sparql");
            gspStock = get(url + "/kg/get?default");
        } finally {
            stock.destroy();
            stock.waitFor();
        }
        try (var files = Files.list(db)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().matches("shiro.ini|templates|system_files|logs|configuration")),
                    "stock Fuseki's own files go to FUSEKI_BASE, not beside the store");
        }
        assertTrue(Files.exists(base), "FUSEKI_BASE holds them");

        KgServer kg = KgServer.builder().port(0).location(db.toString()).build();
        FusekiServer server = kg.server();
        try {
            server.start();
            String url = "http://localhost:" + server.getHttpPort();
            onProject = everyQuery(url + "/kg/sparql");
            gspProject = get(url + "/kg/get?default");
        } finally {
            server.stop();
        }
        assertEquals(SavedQueries.load(null).names().size(), onStock.size());
        for (String name : onStock.keySet()) assertEquals(onProject.get(name), onStock.get(name), name);
        assertEquals(triples(gspProject), triples(gspStock), "GSP ?default gives the same graph on both");
        assertTrue(onStock.get("sources").lines().count() > 400, "and they answer with data");
    }

    private static Map<String, String> everyQuery(String endpoint) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SavedQuery q : SavedQueries.load(null).all()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            QueryRunner.runRemote(q, q.example(), endpoint, ResultFormat.CSV, 60_000, b);
            out.put(q.name(), b.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static long triples(String turtle) {
        return org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).toGraph().size();
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void waitFor(String url, Process p) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            if (!p.isAlive()) fail("stock Fuseki exited with " + p.exitValue());
            try {
                if (HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        fail("stock Fuseki did not answer within 60 s");
    }
}
