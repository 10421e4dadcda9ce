package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served dataset answers SPARQL and refuses every anonymous write. */
class KgServerTest {
    static FusekiServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        DatasetGraph dsg = Stores.inMemory();
        Txn.executeWrite(dsg, () -> Pipeline.builder().build().run(StreamRDFLib.dataset(dsg)));
        server = KgServer.builder(dsg).port(0).build();
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** A refused write may close the connection; a fresh client keeps the next request off it. */
    private static HttpResponse<String> sendFresh(HttpRequest r) throws Exception {
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sparqlAnswersOverGetWithTheUnionDefaultGraph() throws Exception {
        String q = URLEncoder.encode("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
                + "SELECT (COUNT(?c) AS ?n) { ?c a ckg:Citation }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + q))
                .header("Accept", "text/csv").build());
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n402", r.body().strip());
    }

    @Test
    void anonymousWritesAreRefusedOnEveryPath() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8);
        for (String path : new String[]{"/kg", "/kg/sparql", "/kg/query", "/kg/update", "/kg/get", "/kg/data", "/$/datasets"}) {
            HttpResponse<String> post = sendFresh(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build());
            assertTrue(post.statusCode() >= 400 && post.statusCode() < 500, path + " POST gave " + post.statusCode());
            HttpResponse<String> put = sendFresh(HttpRequest.newBuilder(URI.create(base + path + "?default"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
            assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, path + " PUT gave " + put.statusCode());
        }
        String q = URLEncoder.encode("ASK { <urn:a> ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + q))
                .header("Accept", "application/sparql-results+json").build());
        assertTrue(r.body().contains("false"));
    }

    @Test
    void theFusekiUiIsServed() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/")).build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<html") || r.body().contains("<!DOCTYPE"), r.body());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/server")).build()).statusCode());
    }
}
