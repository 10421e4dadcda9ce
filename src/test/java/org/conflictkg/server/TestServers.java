package org.conflictkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.pipeline.Pipeline;

/** Starting a test server: one that fails to start is stopped at once, so its port and threads go. */
final class TestServers {
    private TestServers() {}

    /** The server with the bundled article extracted into its dataset, started. */
    static FusekiServer startWithBundledArticle(KgServer kg) {
        DatasetGraph dsg = kg.dataset();
        Txn.executeWrite(dsg, () -> Pipeline.builder().build().run(StreamRDFLib.dataset(dsg)));
        return start(kg);
    }

    static FusekiServer start(KgServer kg) {
        FusekiServer server = kg.server();
        try {
            return server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }
}
