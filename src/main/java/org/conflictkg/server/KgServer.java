package org.conflictkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The Fuseki server of conflict-kg: dataset {@code /kg} read-only ({@code /kg/sparql},
 * {@code /kg/query}, {@code /kg/get}), the Fuseki UI at {@code /}, bound to loopback unless told
 * otherwise.
 *
 * <pre>{@code
 * FusekiServer s = KgServer.builder(dsg).port(0).build().start();
 * try { ... s.getPort() ... } finally { s.stop(); }
 * }</pre>
 */
public final class KgServer {
    public static final String DATASET = "/kg";

    private final DatasetGraph dsg;
    private int port = 3030;
    private boolean loopback = true;
    private boolean ui = true;
    private long timeoutMs = 30_000;

    private KgServer(DatasetGraph dsg) { this.dsg = dsg; }

    public static KgServer builder(DatasetGraph dsg) { return new KgServer(dsg); }

    public KgServer port(int p) { port = p; return this; }
    public KgServer loopback(boolean b) { loopback = b; return this; }
    public KgServer ui(boolean b) { ui = b; return this; }
    public KgServer timeoutMs(long t) { timeoutMs = t; return this; }

    public FusekiServer build() {
        FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .add(DATASET, dsg, false)   // read-only: query and GSP read, no update, no upload
                .enableCors(true, null)
                .enablePing(true)
                .enableStats(true);
        // Fuseki reads the query timeout from the dataset's context.
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMs));
        if (ui) withUi(b);
        return b.build();
    }

    /**
     * The Fuseki UI files ship in jena-fuseki-ui's jar under {@code webapp/}. Fuseki's own UI module
     * also mounts the admin area (dataset creation and deletion); this server must stay read-only,
     * so it serves the files plus the read-only endpoints the UI calls.
     */
    private static void withUi(FusekiServer.Builder b) {
        Resource r = ResourceFactory.closeable().newClassLoaderResource("webapp");
        if (r == null) return;
        b.staticFileBase(r.getURI().toString())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator());
    }
}
