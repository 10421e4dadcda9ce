package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.main.FusekiServer;
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
        server = TestServers.startWithBundledArticle(KgServer.builder().port(0).timeoutMs(2_000).build());
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
        for (String path : new String[]{"/kg", "/kg/sparql", "/kg/query", "/kg/update", "/kg/get", "/kg/data", "/kg/upload",
                "/$/datasets", "/queries", "/queries/sources", "/"}) {
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

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) b.header("Accept", accept);
        return send(b.build());
    }

    @Test
    void sparqlSpeaksEveryStandardResultFormat() throws Exception {
        String q = "/kg/sparql?query=" + URLEncoder.encode("SELECT ?s { ?s a <https://w3id.org/conflict-kg/ontology#Country> } LIMIT 1", StandardCharsets.UTF_8);
        assertTrue(get(q, "application/sparql-results+json").headers().firstValue("Content-Type").orElse("").contains("json"));
        assertTrue(get(q, "application/sparql-results+xml").headers().firstValue("Content-Type").orElse("").contains("xml"));
        assertTrue(get(q, "text/tab-separated-values").headers().firstValue("Content-Type").orElse("").contains("tab-separated"));
        assertTrue(get(q + "&format=csv", null).body().startsWith("s"));
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + "/kg/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(200, post.statusCode());
    }

    @Test
    void graphStoreReadAndCors() throws Exception {
        String g = URLEncoder.encode("https://w3id.org/conflict-kg/graph/metadata", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/kg/get?graph=" + g, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("ExtractionRun"));
        HttpResponse<String> cors = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=ASK%7B%7D"))
                .header("Origin", "https://yasgui.example").build());
        String allowed = cors.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals("https://yasgui.example"), allowed);
    }

    @Test
    void savedQueriesAreListedWithDescriptionsAndParameters() throws Exception {
        HttpResponse<String> r = get("/queries", null);
        assertEquals(200, r.statusCode());
        var list = com.google.gson.JsonParser.parseString(r.body()).getAsJsonArray();
        java.util.Set<String> names = new java.util.HashSet<>();
        list.forEach(e -> {
            names.add(e.getAsJsonObject().get("name").getAsString());
            assertFalse(e.getAsJsonObject().get("description").getAsString().isEmpty());
        });
        assertEquals(org.conflictkg.query.SavedQueries.load(null).names(), new java.util.TreeSet<>(names));
        var api = com.google.gson.JsonParser.parseString(get("/queries/openapi.json", null).body()).getAsJsonObject();
        assertEquals("3.0.3", api.get("openapi").getAsString());
        assertTrue(api.getAsJsonObject("paths").has("/queries/involvement"));
    }

    @Test
    void aSavedQueryAnswersAsCsvByAcceptOrFormatAndFilters() throws Exception {
        HttpResponse<String> all = get("/queries/involvement-matrix", "text/csv");
        assertEquals(200, all.statusCode());
        assertTrue(all.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(60, all.body().strip().split("\r?\n").length);
        assertEquals(5, get("/queries/involvement?country=France", "text/csv").body().strip().split("\r?\n").length, "France: Iraq, Syria, Libya, Nigeria");
        assertTrue(get("/queries/involvement?format=json", null).body().contains("\"bindings\""));
        assertTrue(get("/queries/involvement", "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(get("/queries/involvement?format=tsv", null).body().startsWith("?country"));
    }

    @Test
    void injectionThroughAParameterCannotWidenTheResult() throws Exception {
        for (String attack : new String[]{"France\" || true || \"", "x\") } UNION { ?s ?p ?o } #", "FRA' ) } #"}) {
            HttpResponse<String> r = get("/queries/involvement?country=" + URLEncoder.encode(attack, StandardCharsets.UTF_8), "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(1, r.body().strip().split("\r?\n").length, attack);
        }
    }

    @Test
    void unknownQueryIs404AndBadParameterIs400() throws Exception {
        assertEquals(404, get("/queries/no-such-query", null).statusCode());
        HttpResponse<String> bad = get("/queries/sources?about=" + URLEncoder.encode("not an iri", StandardCharsets.UTF_8), null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("about"), bad.body());
        assertEquals(400, get("/queries/involvement?colour=red", null).statusCode());
        assertEquals(400, get("/queries/involvement?format=pdf", null).statusCode());
    }

    @Test
    void aRunawayQueryIsStoppedWhileOtherQueriesStillAnswer() throws Exception {
        String cross = URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", StandardCharsets.UTF_8);
        var slow = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + cross))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        HttpResponse<String> ask = get("/kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, ask.statusCode(), "the server answers while the runaway query runs");
        HttpResponse<String> stopped = slow.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(503, stopped.statusCode(), "the cross join is stopped by the 2 s timeout: " + stopped.body());
        assertEquals(200, get("/queries/sources", "text/csv").statusCode());
    }

    @Test
    void anOversizedRequestBodyIsRefused() throws Exception {
        // Headers only, over a raw socket: the server must refuse on Content-Length alone, before reading
        // a byte of body. (An HTTP client that streams the body may see the connection closed mid-body.)
        URI uri = URI.create(base);
        try (var socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (4 << 20)
                    + "\r\nConnection: close\r\n\r\nquery=").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413 "), String.valueOf(status));
        }
    }

    @Test
    void theQueryCommandRunsASavedQueryOnTheEndpoint() {
        var r = org.conflictkg.cli.CliTest.run("query", "involvement", "--param", "country=France", "--endpoint", base + "/kg/sparql");
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.out().strip().split("\r?\n").length, r.out());
    }

    @Test
    void theStartPageLinksEverySavedQueryAndTheFusekiUiStaysReachable() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        for (String name : org.conflictkg.query.SavedQueries.load(null).names())
            assertTrue(r.body().contains("/queries/" + name + ".csv?"), name);
        assertTrue(r.body().contains("/queries/country-profile?format=json&amp;country=France"),
                "a query that needs a parameter is linked with its example");
        assertTrue(r.body().contains("/ui/#/dataset/kg/query"));
        assertTrue(r.body().contains("<b>402</b> citations"), "counts");
        assertTrue(r.body().contains("<b>1</b> page<"), "one page, not '1 pages'");
        assertTrue(get("/static-kg/app.js", null).body().contains("involvement-matrix"));
        assertEquals(404, get("/static-kg/../logback.xml", null).statusCode());
        HttpResponse<String> ui = get("/ui/", null);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<html") || ui.body().contains("<!DOCTYPE") || ui.body().contains("<!doctype"));
        // The UI asks for everything relative to where it was loaded from: /ui/$/ping, /ui/kg/query.
        assertEquals(200, get("/ui/$/ping", null).statusCode());
        assertEquals(200, get("/ui/$/server", null).statusCode());
        assertTrue(get("/ui/kg/query?query=ASK%7B%7D", "application/sparql-results+json").body().contains("true"));
        assertEquals(302, get("/index.html", null).statusCode(), "the old address leads to the UI");
        assertEquals(200, get("/$/server", null).statusCode());
    }

    @Test
    void resourcesDereferenceToTurtleJsonLdOrHtml() throws Exception {
        HttpResponse<String> ttl = get("/resource/country/FRA", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("Accept", ttl.headers().firstValue("Vary").orElse(""));
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(ttl.body(), org.apache.jena.riot.Lang.TURTLE).parse(g);
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/conflict-kg/resource/country/FRA"),
                org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralLang("France", "en")));
        assertTrue(get("/resource/country/FRA", "application/ld+json").headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(get("/resource/country/FRA", "application/n-triples").body().contains("<https://w3id.org/conflict-kg/resource/country/FRA>"));
        HttpResponse<String> html = get("/resource/country/FRA", "text/html,application/xhtml+xml");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>France</h1>"));
        assertEquals(404, get("/resource/country/XXX", "text/turtle").statusCode());
    }

    @Test
    void aMembershipPageShowsItsSentenceAndCitations() throws Exception {
        String q = URLEncoder.encode("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?m { ?m a ckg:Membership ; "
                + "ckg:member <https://w3id.org/conflict-kg/resource/country/AUS> } LIMIT 1", StandardCharsets.UTF_8);
        String m = get("/kg/sparql?query=" + q, "text/csv").body().strip().split("\r?\n")[1];
        String path = m.substring("https://w3id.org/conflict-kg".length());
        HttpResponse<String> html = get(path, "text/html");
        assertEquals(200, html.statusCode(), path);
        assertTrue(html.body().contains("<h2>Provenance</h2>"));
        assertTrue(html.body().contains("<blockquote>"));
    }

    @Test
    void theDatasetDescribesItselfWithVoid() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.TURTLE).parse(g);
        assertTrue(r.body().contains("void:sparqlEndpoint"));
        assertTrue(r.body().contains("void:classPartition"));
        assertTrue(r.body().contains("creativecommons.org/licenses/by-sa/4.0"));
        assertTrue(r.body().contains("sd:Service") || r.body().contains("sparql-service-description#Service"));
    }
}
