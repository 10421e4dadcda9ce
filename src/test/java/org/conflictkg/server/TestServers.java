package org.conflictkg.server;

import org.apache.jena.fuseki.main.FusekiServer;

/** Starting a test server: one that fails to start is stopped at once, so its port and threads go. */
final class TestServers {
    private TestServers() {}

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
