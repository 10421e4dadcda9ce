package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.AtomicLoad;
import org.conflictkg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.conflictkg.pipeline.RunSummary;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the graph with Fuseki: the start page at http://localhost:PORT/, SPARQL at /kg/sparql (read-only), "
                + "the Fuseki UI at /ui/. A served store is locked: a load into it is refused until the server stops.",
                "Default: the bundled article, extracted into memory. With --db and inputs, loads them into the store first."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin PipelineOptions common;
    @Mixin DatasetOptions data;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Wikitext files or MediaWiki XML exports.")
    List<Path> inputs = List.of();

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on every network interface, not only on localhost.")
    boolean publicAccess;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--body-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Time a request's whole body has to arrive in, else 408 (default: ${DEFAULT-VALUE}); "
                    + "bodies are read without holding a thread, so clients that stall them cannot starve the others.")
    long bodyTimeoutSeconds;

    @Option(names = "--config", description = "Fuseki configuration (default: the bundled fuseki-config/config.ttl).")
    Path config;

    @Option(names = "--allow-update", paramLabel = "PASSWORD_FILE",
            description = "Add update, upload and read-write graph store endpoints for the users of this Jetty realm file "
                    + "('user: password' lines), with HTTP Basic authentication.")
    Path passwordFile;

    @Option(names = "--row-cap", defaultValue = "10000", description = "Most rows a saved query returns over HTTP (default: ${DEFAULT-VALUE}).")
    int rowCap;

    @Option(names = "--queries", description = "Directory of saved queries (default: the bundled queries/).")
    Path queriesDir;

    @Option(names = "--check", description = "Start, answer one saved query over HTTP, report it and stop: a smoke test "
            + "(exit 0 when the answer was 200).")
    boolean check;

    @Override
    public Integer call() {
        common.inputs = inputs;
        common.applyLogging();
        if (data.db != null && !inputs.isEmpty()) {
            RunSummary run = AtomicLoad.replace(data.db, sink -> common.pipeline(common.diagnostics()).run(sink));
            if (!run.complete()) System.err.println("warning: " + run.incompleteLine());
            data.complete = run.complete();
        }
        if (data.db != null) Stores.requireStore(data.db);
        // Held while serving: a load would otherwise swap the directory under the server, which would go on
        // answering from deleted files. To refresh a served store: stop the server, load, start it again.
        org.conflictkg.store.StoreLock lock = data.db == null ? null : org.conflictkg.store.StoreLock.acquire(data.db, "serve");
        KgServer kg = KgServer.builder().config(config)
                .location(data.db == null ? KgServer.IN_MEMORY : data.db.toAbsolutePath().toString())
                .port(port).loopback(!publicAccess).timeoutMs(timeoutSeconds * 1000).bodyTimeoutMs(bodyTimeoutSeconds * 1000).rowCap(rowCap)
                .allowUpdate(passwordFile).queries(SavedQueries.load(queriesDir))
                .iris(new org.conflictkg.rdf.Iris(common.base)).build();
        if (data.db == null) data.fill(kg.dataset(), common);
        FusekiServer server = kg.server().start();
        int p = server.getHttpPort();
        if (check) {
            try {
                int code = ServerCheck.run(p);
                return code == Main.OK && !data.complete ? Main.INCOMPLETE : code;
            } finally {
                server.stop();
                if (lock != null) lock.close();
            }
        }
        boolean heapGiven = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM"));
        if (!heapGiven && !check)
            System.err.printf("note: no -Xmx given, so the heap may grow to %,d MB; target/bin/conflict-kg runs with 1 GB "
                    + "(CONFLICT_KG_HEAP), or pass -Xmx to java%n", Runtime.getRuntime().maxMemory() >> 20);
        System.err.printf("conflict-kg serving at http://localhost:%d/ (SPARQL: http://localhost:%d%s/sparql, "
                + "saved queries: http://localhost:%d/queries); Ctrl-C stops it%n", p, p, KgServer.DATASET, p);
        try {
            server.join();
        } finally {
            if (lock != null) lock.close();
        }
        return Main.OK;
    }
}
