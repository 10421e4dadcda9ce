package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every IRI the graph mints dereferences, whatever its characters; DBpedia links are DBpedia's own IRIs. */
class DereferenceTest {
    static FusekiServer server;
    static String local;
    static DatasetGraph dsg;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        KgServer kg = KgServer.builder().port(0).build();
        dsg = kg.dataset();
        server = TestServers.startWithBundledArticle(kg);
        local = "http://localhost:" + server.getHttpPort() + "/";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The local URL of an IRI of the base, written as a client writes it: non-ASCII percent-encoded. */
    private static String localUrl(String iri) {
        return URI.create(local).resolve(URI.create(toAscii(iri.substring(Iris.DEFAULT_BASE.length())))).toString();
    }

    private static String toAscii(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            if (b >= 0x21 && b < 0x7F) sb.append((char) b); else sb.append(String.format("%%%02X", b & 0xFF));
        return sb.toString();
    }

    @Test
    void everySubjectOfTheGraphDereferencesInTurtleAndHtml() throws Exception {
        Set<String> subjects = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(Iris.DEFAULT_BASE)) subjects.add(s.getURI());
        }));
        assertTrue(subjects.size() > 3000, "subjects: " + subjects.size());
        assertTrue(subjects.stream().anyMatch(s -> s.contains("(")), "IRIs with parentheses are among them");
        List<CompletableFuture<String>> failures = new ArrayList<>();
        for (String s : subjects)
            for (String accept : List.of("text/turtle", "text/html")) {
                String url = localUrl(s);
                failures.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                        HttpResponse.BodyHandlers.discarding()).thenApply(r -> r.statusCode() == 200 ? null : r.statusCode() + " " + accept + " " + s));
            }
        List<String> bad = failures.stream().map(CompletableFuture::join).filter(java.util.Objects::nonNull).limit(10).toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void anyEncodingOfATitleFindsOneResource() throws Exception {
        String raw = local + "resource/wiki/Deir_ez-Zor_campaign_(2017–2019)";
        String encoded = local + "resource/wiki/Deir_ez-Zor_campaign_%282017%E2%80%932019%29";
        HttpResponse<String> a = get(toAsciiUrl(raw), "text/turtle"), b = get(encoded, "text/turtle");
        assertEquals(200, a.statusCode(), a.body());
        assertEquals(a.body(), b.body());
        assertTrue(a.body().contains("<http://dbpedia.org/resource/Deir_ez-Zor_campaign_(2017–2019)>"),
                "the DBpedia link is DBpedia's own IRI, parentheses unencoded: " + a.body());
    }

    private static String toAsciiUrl(String url) {
        return url.substring(0, local.length()) + toAscii(url.substring(local.length()));
    }

    @Test
    void aCountryShowsWhatPointsAtItAndSpeaksRdfXml() throws Exception {
        HttpResponse<String> ttl = get(local + "resource/country/FRA", "text/turtle");
        assertTrue(ttl.body().contains("ckg:actor") || ttl.body().contains("ontology#actor>"), "incoming links: " + ttl.body().length());
        HttpResponse<String> html = get(local + "resource/country/FRA", "text/html");
        assertTrue(html.body().contains("Links here"), "the HTML page lists what points here");
        assertTrue(html.body().contains("href=\"/resource/country/FRA?format=ttl\""), "alternates point at local URLs");
        HttpResponse<String> xml = get(local + "resource/country/FRA", "application/rdf+xml");
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        assertTrue(xml.body().contains("<rdf:RDF"), xml.body());
    }

    @Test
    void theOntologyAndItsTermsDereference() throws Exception {
        HttpResponse<String> html = get(local + "ontology", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("id=\"Battle\"") || html.body().contains("#Battle"), "an anchor per term");
        HttpResponse<String> ttl = get(local + "ontology", "text/turtle");
        assertTrue(ttl.body().contains("owl:Ontology"), ttl.body().substring(0, Math.min(300, ttl.body().length())));
        assertEquals(200, get(local + "graph/page/International_military_intervention_against_the_Islamic_State", "text/turtle").statusCode());
        assertEquals(200, get(local + "dataset", "text/html").statusCode());
    }
}
