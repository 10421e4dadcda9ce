package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A capped result says it was cut and where the rest is; limit, offset and the format routes. */
class PagingTest {
    static FusekiServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServers.startWithBundledArticle(KgServer.builder().port(0).rowCap(150).build());
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> lines(HttpResponse<String> r) {
        return List.of(r.body().strip().split("\r?\n"));
    }

    @Test
    void aCappedResultSaysSoAndTheNextLinkGivesTheRest() throws Exception {
        List<String> rows = new ArrayList<>();
        String path = "/queries/sources.csv";
        int pages = 0;
        while (path != null) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("150", r.headers().firstValue("X-Row-Cap").orElseThrow());
            List<String> l = lines(r);
            rows.addAll(l.subList(1, l.size()));
            path = r.headers().firstValue("Link").map(v -> v.substring(v.indexOf('<') + 1, v.indexOf('>'))).orElse(null);
            assertEquals(path != null, r.headers().firstValue("X-More-Rows").isPresent(), "a cut is never silent");
            pages++;
        }
        assertEquals(3, pages, "402 citations in pages of 150");
        assertEquals(402, rows.size());
        assertEquals(402, rows.stream().distinct().count(), "no row twice, none lost");
    }

    @Test
    void limitAndOffsetPageEveryQuery() throws Exception {
        HttpResponse<String> first = get("/queries/timeline.csv?limit=10");
        HttpResponse<String> second = get("/queries/timeline.csv?limit=10&offset=10");
        HttpResponse<String> both = get("/queries/timeline.csv?limit=20");
        assertEquals(11, lines(first).size());
        assertEquals(lines(both).subList(11, 21), lines(second).subList(1, 11));
        assertTrue(first.headers().firstValue("Link").orElseThrow().contains("offset=10"));
        assertEquals(400, get("/queries/timeline?limit=-1").statusCode());
        assertEquals(400, get("/queries/timeline?offset=ten").statusCode());
        HttpResponse<String> matrix = get("/queries/involvement-matrix.csv?limit=5&offset=2");
        assertEquals(List.of("country,iso3,iraq,syria,libya,nigeria,afghanistan", "Australia,AUS,,Military,,,"),
                lines(matrix).subList(0, 2), "a pivoted query pages its rows too");
    }

    @Test
    void formatRoutesAndRepeatedParameters() throws Exception {
        assertTrue(get("/queries/sources.json?limit=1").body().contains("\"bindings\""));
        assertTrue(get("/queries/sources.tsv?limit=1").body().startsWith("?citation"));
        assertTrue(get("/queries/sources.xml?limit=1").body().contains("<sparql"));
        assertEquals(400, get("/queries/involvement?country=France&country=Germany").statusCode(),
                "two values for one parameter is an error, not the last one silently");
        assertEquals(404, get("/queries/no-such.csv").statusCode());
    }

    @Test
    void theListingAndOpenApiCarryTheSparqlPagingAndColumns() throws Exception {
        var list = com.google.gson.JsonParser.parseString(get("/queries").body()).getAsJsonArray();
        var sources = list.asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("name").getAsString().equals("sources")).findFirst().orElseThrow();
        assertTrue(sources.get("sparql").getAsString().contains("SELECT ?citation"));
        assertTrue(sources.get("parameters").toString().contains("\"offset\""));
        var api = com.google.gson.JsonParser.parseString(get("/queries/openapi.json").body()).getAsJsonObject();
        var op = api.getAsJsonObject("paths").getAsJsonObject("/queries/sources").getAsJsonObject("get");
        assertTrue(op.get("x-sparql").getAsString().contains("SELECT"));
        assertTrue(op.get("parameters").toString().contains("\"limit\""));
        assertTrue(op.getAsJsonObject("responses").has("404"));
        assertTrue(op.getAsJsonObject("responses").getAsJsonObject("200").toString().contains("\"publisher\""),
                "the columns are in the response schema");
    }
}
