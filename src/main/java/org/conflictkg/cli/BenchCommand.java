package org.conflictkg.cli;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.bench.HttpLoad;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.server.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed. --http: start the server on a free loopback port with the bundled article and load "
                + "every saved query (as CSV) and a trivial ASK {} (the HTTP floor) with concurrent clients."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--http", description = "Load-test the saved-query API against the HTTP floor.")
    boolean http;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds per target (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        common.applyLogging();
        if (!http) {
            System.err.println("bench: choose a benchmark, e.g. --http");
            return Main.USAGE;
        }
        KgServer kg = KgServer.builder().port(0).ui(false).build();
        DatasetGraph dsg = kg.dataset();
        Txn.executeWrite(dsg, () -> common.pipeline(common.diagnostics()).run(StreamRDFLib.dataset(dsg)));
        FusekiServer server = kg.server().start();
        try {
            String base = "http://localhost:" + server.getHttpPort();
            HttpLoad load = new HttpLoad(clients, Duration.ofSeconds(seconds));
            List<HttpLoad.Result> results = new ArrayList<>();
            results.add(load.run("ASK {} (floor)", URI.create(base + "/kg/sparql?query=ASK%7B%7D"), "text/csv"));
            for (SavedQuery q : SavedQueries.load(null).all()) {
                String params = q.params().stream().filter(p -> p.required() && p.defaultValue() == null).findAny().isPresent() ? null : "";
                if (params == null) continue;
                results.add(load.run(q.name(), URI.create(base + "/queries/" + q.name()), "text/csv"));
            }
            print(results);
        } finally {
            server.stop();
        }
        return Main.OK;
    }

    private void print(List<HttpLoad.Result> results) {
        double floor = results.get(0).requestsPerSecond();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (HttpLoad.Result r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("target", r.name());
                m.put("requests", r.requests());
                m.put("errors", r.errors());
                m.put("requests_per_s", Math.round(r.requestsPerSecond()));
                m.put("p50_ms", Math.round(r.p50Ms() * 100) / 100.0);
                m.put("p99_ms", Math.round(r.p99Ms() * 100) / 100.0);
                m.put("share_of_floor", Math.round(r.requestsPerSecond() / floor * 100) / 100.0);
                rows.add(m);
            }
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(Map.of("clients", clients, "http", rows)));
            return;
        }
        System.out.printf("%-30s %9s %7s %10s %8s %8s %7s%n", "target", "requests", "errors", "req/s", "p50 ms", "p99 ms", "floor");
        for (HttpLoad.Result r : results)
            System.out.printf("%-30s %9d %7d %10.0f %8.2f %8.2f %6.0f%%%n", r.name(), r.requests(), r.errors(),
                    r.requestsPerSecond(), r.p50Ms(), r.p99Ms(), 100 * r.requestsPerSecond() / floor);
    }
}
