package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.AtomicLoad;
import org.conflictkg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the graph with Fuseki: SPARQL at http://localhost:PORT/kg/sparql (read-only), the Fuseki UI at /.",
                "Default: the bundled article, extracted into memory. With --db and inputs, loads them into the store first."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin DatasetOptions data;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Wikitext files or MediaWiki XML exports.")
    List<Path> inputs = List.of();

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on every network interface, not only on localhost.")
    boolean publicAccess;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        common.inputs = inputs;
        common.applyLogging();
        DatasetGraph dsg;
        if (data.db != null && !inputs.isEmpty()) {
            AtomicLoad.replace(data.db, sink -> common.pipeline(common.diagnostics()).run(sink));
            dsg = Stores.open(data.db);
        } else {
            dsg = data.dataset(common);
        }
        FusekiServer server = KgServer.builder(dsg).port(port).loopback(!publicAccess)
                .timeoutMs(timeoutSeconds * 1000).build().start();
        int p = server.getHttpPort();
        System.err.printf("conflict-kg serving at http://localhost:%d/ (SPARQL: http://localhost:%d%s/sparql); Ctrl-C stops it%n",
                p, p, KgServer.DATASET);
        server.join();
        return Main.OK;
    }
}
