package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The web checks of issue 17, each run as the attack was: a 4xx with a short message and no
 * exception text, no credentialed cross-origin answer, a 503 for a query the timeout stops.
 */
@Tag("reliability")
class WebHardeningTest {
    static final long TIMEOUT_MS = 1_000;
    static final String RUNAWAY = "regex(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){20}$\")";
    static FusekiServer server;
    static int port;
    static DatasetGraph data;
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path pw = Files.writeString(Path.of("target", "hardening-passwd"), "editor: s3cret\n");
        KgServer kg = KgServer.builder().port(0).ui(false).timeoutMs(TIMEOUT_MS).allowUpdate(pw).build();
        data = kg.dataset();
        String base = Iris.defaults().base();
        Txn.executeWrite(data, () -> data.add(Quad.create(NodeFactory.createURI(base + "graph/p"),
                NodeFactory.createURI(base + "resource/citation-1"), NodeFactory.createURI("http://purl.org/dc/terms/source"),
                NodeFactory.createURI("javascript:alert(11)"))));
        server = TestServers.start(kg);
        port = server.getHttpPort();
    }

    @AfterAll
    static void stop() { if (server != null) server.stop(); }

    private static String q(String sparql) { return URLEncoder.encode(sparql, StandardCharsets.UTF_8); }

    private static void assertShortClientError(int status, RawHttp.Answer a) {
        assertEquals(status, a.status(), a.body());
        assertFalse(a.body().contains("Exception") || a.body().contains("\tat "), "no exception text: " + a.body());
        assertTrue(a.body().length() < 200, a.body());
    }

    @Test
    void traceIsOff() throws Exception {
        RawHttp.Answer a = RawHttp.send(port, "TRACE", "/", Map.of(), null);
        assertShortClientError(405, a);
        assertFalse(a.body().contains("TRACE / HTTP"), "the request is not echoed");
    }

    @Test
    void malformedRequestsAre400WithoutExceptionText() throws Exception {
        assertShortClientError(400, RawHttp.get(port, "/kg/sparql?query=%ZZ", Map.of()));
        assertShortClientError(400, RawHttp.get(port, "/kg/sparql?query=%FF%FE", Map.of()));
        assertShortClientError(400, RawHttp.get(port, "/kg/sparql?query=" + q("ASK {}"), Map.of("Authorization", "Basic !!!")));
        assertShortClientError(400, RawHttp.send(port, "POST", "/kg/update", Map.of("Authorization", "Basic !!!",
                "Content-Type", "application/sparql-update"), "INSERT DATA {}".getBytes(StandardCharsets.UTF_8)));
        byte[] gz = gzip("SELECT (41 + 1 AS ?x) {}");
        assertShortClientError(400, RawHttp.send(port, "POST", "/kg/sparql", Map.of("Content-Type", "application/sparql-query",
                "Content-Encoding", "gzip"), Arrays.copyOf(gz, gz.length / 2)));
        assertShortClientError(415, RawHttp.send(port, "POST", "/kg/sparql", Map.of("Content-Type", "application/sparql-query",
                "Content-Encoding", "br"), "ASK {}".getBytes(StandardCharsets.UTF_8)));
        assertShortClientError(413, RawHttp.send(port, "POST", "/kg/sparql", Map.of("Content-Type", "application/sparql-query",
                "Content-Encoding", "gzip"), gzip(" ".repeat(3 << 20))));
    }

    @Test
    void aGzipBodyIsStillRead() throws Exception {
        RawHttp.Answer a = RawHttp.send(port, "POST", "/kg/sparql", Map.of("Content-Type", "application/sparql-query",
                "Content-Encoding", "gzip", "Accept", "text/csv"), gzip("SELECT (41 + 1 AS ?x) {}"));
        assertEquals(200, a.status(), a.body());
        assertEquals("x\r\n42\r\n", a.body());
    }

    @Test
    void corsNeverAllowsCredentials() throws Exception {
        for (String path : new String[] {"/kg/sparql?query=" + q("ASK {}"), "/queries", "/queries/sources.csv", "/"}) {
            RawHttp.Answer a = RawHttp.get(port, path, Map.of("Origin", "http://evil.example"));
            assertNull(a.header("Access-Control-Allow-Credentials"), path);
        }
        RawHttp.Answer preflight = RawHttp.send(port, "OPTIONS", "/kg/update", Map.of("Origin", "http://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Authorization"), null);
        assertNull(preflight.header("Access-Control-Allow-Credentials"));
        String allowed = String.valueOf(preflight.header("Access-Control-Allow-Headers"));
        assertFalse(allowed.toLowerCase().contains("authorization"), allowed);
    }

    @Test
    void aCrossOriginWriteIsRefusedEvenWithCredentials() throws Exception {
        String update = "update=" + q("INSERT DATA { <urn:x> <urn:y> <urn:z> }");
        RawHttp.Answer a = RawHttp.send(port, "POST", "/kg/update", Map.of("Origin", "http://evil.example",
                "Authorization", AUTH, "Content-Type", "application/x-www-form-urlencoded"), update.getBytes(StandardCharsets.UTF_8));
        assertShortClientError(403, a);
        assertFalse(Txn.calculateRead(data, () -> data.contains(null, NodeFactory.createURI("urn:x"), null, null)));
        RawHttp.Answer query = RawHttp.send(port, "POST", "/kg/sparql", Map.of("Origin", "http://evil.example",
                "Content-Type", "application/x-www-form-urlencoded"), ("query=" + q("ASK {}")).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, query.status(), "a cross-origin query by POST is fine");
        RawHttp.Answer same = RawHttp.send(port, "POST", "/kg/update", Map.of("Origin", "http://localhost:" + port,
                "Authorization", AUTH, "Content-Type", "application/x-www-form-urlencoded"),
                ("update=" + q("INSERT DATA { <urn:same> <urn:y> <urn:z> }")).getBytes(StandardCharsets.UTF_8));
        assertTrue(same.status() == 200 || same.status() == 204, "a same-origin write is carried out: " + same.status());
    }

    @Test
    void failedLoginsAreThrottled() throws Exception {
        // A server of its own: the lock-out would refuse the other tests' logins from this address.
        FusekiServer own = KgServer.builder().port(0).ui(false).allowUpdate(Path.of("target", "hardening-passwd")).build().server();
        try {
            own.start();
            int p = own.getHttpPort();
            String wrong = "Basic " + Base64.getEncoder().encodeToString("editor:guess".getBytes(StandardCharsets.UTF_8));
            Map<String, String> h = Map.of("Authorization", wrong, "Content-Type", "application/sparql-update");
            for (int i = 0; i < KgServer.FAILED_LOGINS; i++)
                assertEquals(401, RawHttp.send(p, "POST", "/kg/update", h, "INSERT DATA {}".getBytes()).status());
            RawHttp.Answer next = RawHttp.send(p, "POST", "/kg/update", h, "INSERT DATA {}".getBytes());
            assertShortClientError(429, next);
            assertNotNull(next.header("Retry-After"));
            Map<String, String> right = Map.of("Authorization", AUTH, "Content-Type", "application/sparql-update");
            assertEquals(429, RawHttp.send(p, "POST", "/kg/update", right, "INSERT DATA {}".getBytes()).status(),
                    "no more guesses from this address until the window ends, right or wrong");
            assertEquals(200, RawHttp.get(p, "/kg/sparql?query=" + q("ASK {}"), Map.of()).status(), "anonymous reads go on");
        } finally {
            own.stop();
        }
    }

    @Test
    void aRunawayRegexIs503WithinTheTimeoutAndTheServerStillAnswers() throws Exception {
        long start = System.nanoTime();
        RawHttp.Answer a = RawHttp.get(port, "/kg/sparql?query=" + q("ASK { FILTER " + RUNAWAY + " }"), Map.of());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, a.status(), a.body());
        assertTrue(ms < TIMEOUT_MS + 1_000, ms + " ms");
        long askStart = System.nanoTime();
        assertEquals(200, RawHttp.get(port, "/kg/sparql?query=" + q("ASK {}"), Map.of()).status());
        assertTrue((System.nanoTime() - askStart) / 1_000_000 < 1_000);
    }

    @Test
    void aSelectStoppedAfterItsFirstRowsIs503InEveryFormat() throws Exception {
        // Many cheap rows first, so Fuseki has written a lot before the last row's regex runs away.
        String select = "SELECT ?n ?m { VALUES ?k { 0 1 2 3 4 5 6 7 8 9 } VALUES ?j { 0 1 2 3 4 5 6 7 8 9 } "
                + "VALUES ?i { 0 1 2 3 4 5 6 7 8 9 } VALUES ?h { 0 1 2 3 4 5 6 7 8 9 } "
                + "BIND(1000 * ?h + 100 * ?i + 10 * ?j + ?k AS ?n) "
                + "BIND(IF(?n = 9999, " + RUNAWAY + ", \"a long enough value to fill buffers\") AS ?m) }";
        for (String accept : new String[] {"application/sparql-results+json", "text/csv", "text/tab-separated-values",
                "application/sparql-results+xml"}) {
            RawHttp.Answer a = RawHttp.get(port, "/kg/sparql?query=" + q(select), Map.of("Accept", accept));
            assertEquals(503, a.status(), accept + ": " + a.body().substring(0, Math.min(200, a.body().length())));
            assertTrue(a.body().startsWith("query stopped by the server's timeout"), a.body());
        }
        String construct = "CONSTRUCT { ?s <urn:p> ?m } WHERE { VALUES ?s { <urn:a> <urn:b> } BIND(IF(?s = <urn:b>, "
                + RUNAWAY + ", 1) AS ?m) }";
        assertEquals(503, RawHttp.get(port, "/kg/sparql?query=" + q(construct), Map.of("Accept", "text/turtle")).status());
    }

    @Test
    void htmlPagesHaveACspAndNoScriptLinks() throws Exception {
        RawHttp.Answer page = RawHttp.get(port, "/resource/citation-1", Map.of("Accept", "text/html"));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("javascript:alert(11)"), "shown as text");
        assertFalse(page.body().contains("href=\"javascript:"), "never a live link");
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertNotNull(RawHttp.get(port, "/", Map.of()).header("Content-Security-Policy"));
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) { z.write(s.getBytes(StandardCharsets.UTF_8)); }
        return bytes.toByteArray();
    }
}
