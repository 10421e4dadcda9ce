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
import java.util.Base64;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/** With --allow-update and a password file, updates need HTTP Basic credentials; anonymous ones are refused. */
class AllowUpdateTest {
    @Test
    void updatesNeedTheUsersCredentials() throws Exception {
        // Jetty watches the realm file after the server stops; keep it where no test cleanup removes it.
        Files.createDirectories(Path.of("target"));
        Path pw = Files.writeString(Path.of("target", "test-passwd"), "editor: s3cret\n");
        FusekiServer server = KgServer.builder().port(0).ui(false).allowUpdate(pw).build().server();
        try {
            server.start();
            String base = "http://localhost:" + server.getHttpPort();
            HttpRequest.Builder update = HttpRequest.newBuilder(URI.create(base + "/kg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"));
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(update.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode());
            String auth = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> ok = HttpClient.newHttpClient().send(update.header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "status " + ok.statusCode());
            String ask = URLEncoder.encode("ASK { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/kg/sparql?query=" + ask)).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("true"), r.body());
        } finally {
            server.stop();
        }
    }
}
