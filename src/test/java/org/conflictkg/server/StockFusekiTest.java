package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;
import org.conflictkg.cli.CliTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fuseki-config/config.ttl is accepted by stock Fuseki's command line, serving a store made by 'load'. */
class StockFusekiTest {
    @TempDir Path dir;

    @Test
    void stockFusekiServesTheStoreWithTheProjectConfig() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString()).code());
        Path config = dir.resolve("config.ttl");
        Files.writeString(config, Files.readString(Path.of("fuseki-config/config.ttl"))
                .replace("tdb2:location \"run/db\"", "tdb2:location \"" + db.toAbsolutePath() + "\""));
        FusekiServer server = FusekiMain.build("--config", config.toString(), "--port", "0", "--localhost");
        try {
            server.start();
            String q = URLEncoder.encode("SELECT (COUNT(?c) AS ?n) { ?c a <https://w3id.org/conflict-kg/ontology#Citation> }", StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getHttpPort() + "/kg/sparql?query=" + q)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n402", r.body().strip(), "union default graph over the loaded store");
            HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getHttpPort() + "/kg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500);
        } finally {
            server.stop();
        }
    }
}
