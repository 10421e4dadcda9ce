package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A redirect title's IRI answers 303 See Other with its canonical entity's page; the canonical IRI answers 200. */
class RedirectDereferenceTest {
    @TempDir Path dir;

    @Test
    void anAliasIriSeesOtherToTheCanonicalOne() throws Exception {
        Path page = Files.writeString(dir.resolve("War_A.wikitext"), "== Iraq ==\nOn 5 May 2016, the [[Battle of Foo (2016–17)]] began.\n");
        Path redirects = Files.writeString(dir.resolve("redirects.tsv"), "Battle of Foo (2016–17)\tBattle of Foo (2016–2017)\n");
        KgServer kg = KgServer.builder().port(0).build();
        DatasetGraph dsg = kg.dataset();
        Txn.executeWrite(dsg, () -> Pipeline.builder().inputs(List.of(page)).redirectTables(List.of(redirects)).build()
                .run(StreamRDFLib.dataset(dsg)));
        FusekiServer server = TestServers.start(kg);
        try {
            String local = "http://localhost:" + server.getHttpPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> alias = http.send(HttpRequest.newBuilder(URI.create(local + "/resource/wiki/Battle_of_Foo_(2016%E2%80%9317)"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, alias.statusCode());
            String location = alias.headers().firstValue("Location").orElseThrow();
            assertTrue(location.endsWith("/resource/wiki/Battle_of_Foo_(2016%E2%80%932017)"), location);
            HttpResponse<String> target = http.send(HttpRequest.newBuilder(URI.create(local).resolve(location))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, target.statusCode());
            assertTrue(target.body().contains("Battle of Foo (2016–17)"), "the alias is the entity's altLabel");
        } finally {
            server.stop();
        }
    }
}
