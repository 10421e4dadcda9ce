package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server no client can starve: 64 connections that stall their bodies leave every other request
 * answered within a second and each get 408; an 8 MB chunked body is refused at once without being
 * echoed; four heap-hungry queries at once get 503 with a message, not 500, and the server goes on.
 */
@Tag("hostile")
class HostileClientsTest {
    private static final String ASK = "/kg/sparql?query=ASK%7B%7D";

    @Test
    void stalledBodiesCostNoThreadAndGet408() throws Exception {
        FusekiServer server = TestServers.start(KgServer.builder().port(0).ui(false).bodyTimeoutMs(2_000).build());
        List<Socket> stalled = new ArrayList<>();
        try {
            int port = server.getHttpPort();
            for (int i = 0; i < 64; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 1000\r\n\r\nASK").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(300);
            long started = System.nanoTime();
            RawHttp.Answer ask = RawHttp.get(port, ASK, Map.of());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(200, ask.status(), ask.body());
            assertTrue(seconds < 1, "ASK answered in " + seconds + " s with 64 stalled bodies");
            Socket first = stalled.get(0);
            first.setSoTimeout(10_000);
            String status = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 408 Request Timeout", status);
        } finally {
            for (Socket s : stalled) s.close();
            server.stop();
        }
    }

    @Test
    void anOversizeChunkedBodyIsRefusedAtOnceAndNotEchoed() throws Exception {
        FusekiServer server = TestServers.start(KgServer.builder().port(0).ui(false).build());
        try (Socket s = new Socket("127.0.0.1", server.getHttpPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /kg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            long started = System.nanoTime();
            try {
                for (int i = 0; i < 128; i++) out.write(chunk); // 8 MB, unless the server closes first
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (java.io.IOException closedByTheServer) {
                // expected once the server has answered 413
            }
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertFalse(answer.contains("aaaa"), "the body is not echoed");
            assertTrue(answer.length() < 2_000, "a short answer: " + answer.length());
            assertTrue(seconds < 5, seconds + " s");
        } finally {
            server.stop();
        }
    }

    @Test
    void aFormWithTooManyFieldsIsToldSo() throws Exception {
        FusekiServer server = TestServers.start(KgServer.builder().port(0).ui(false).build());
        try {
            StringBuilder form = new StringBuilder("query=ASK%7B%7D");
            for (int i = 0; i < 1500; i++) form.append("&k").append(i).append("=v");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getHttpPort() + "/kg/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode(), r.body());
            assertTrue(r.body().contains("too many fields (the server reads at most 1000)"), r.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void heapHungryQueriesGet503AndTheServerGoesOn() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.conflictkg.cli.Main", "serve", "--port", "0", "--timeout", "60").redirectErrorStream(true).start();
        try {
            int port = portOf(p.getInputStream());
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String hungry = "SELECT (GROUP_CONCAT(CONCAT(STR(?s), STR(?o), STR(?o2)); separator=\" \") AS ?x) "
                    + "WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 }";
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++)
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/kg/sparql"))
                        .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/sparql-query")
                        .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(hungry)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            for (CompletableFuture<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("more memory than the server has"), r.body());
            }
            assertEquals(200, RawHttp.get(port, ASK, Map.of()).status(), "and the server goes on");
            assertTrue(p.isAlive());
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** The port the server says it serves at, read from its output (which is then drained). */
    private static int portOf(InputStream out) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving at http://localhost:(\\d+)/");
        for (String line; (line = r.readLine()) != null; ) {
            Matcher m = serving.matcher(line);
            if (!m.find()) continue;
            Thread drain = new Thread(() -> { try { while (r.readLine() != null) { } } catch (Exception ignored) { } });
            drain.setDaemon(true);
            drain.start();
            return Integer.parseInt(m.group(1));
        }
        throw new AssertionError("the server did not start");
    }
}
