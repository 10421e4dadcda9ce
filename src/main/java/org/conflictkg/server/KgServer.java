package org.conflictkg.server;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.query.SavedQueries;
import org.eclipse.jetty.server.Server;
import org.conflictkg.query.regex.RegexBounds;

/**
 * The Fuseki server of conflict-kg, built from {@code fuseki-config/config.ttl}: dataset {@code /kg}
 * read-only ({@code /kg/sparql}, {@code /kg/query}, {@code /kg/get}), the saved-query API at
 * {@code /queries}, the Fuseki UI at {@code /}, CORS for browser clients, loopback only unless
 * told otherwise.
 *
 * <pre>{@code
 * KgServer kg = KgServer.builder().location(FusekiConfig.IN_MEMORY).port(0).build();
 * try { load(kg.dataset()); kg.server().start(); ... } finally { kg.server().stop(); }
 * }</pre>
 */
public final class KgServer {
    public static final String DATASET = "/kg";
    public static final String IN_MEMORY = FusekiConfig.IN_MEMORY;
    /** Bytes of a SPARQL answer held in memory while it is completed; the rest waits in a temporary file. */
    static final int HELD_IN_MEMORY = 4 << 20;
    /** Failed logins from one address allowed per window before it gets 429. */
    static final int FAILED_LOGINS = 10;
    static final long FAILED_LOGIN_WINDOW_MS = 60_000;

    private FusekiServer server;  // set once, right after the Fuseki builder has built it

    private KgServer() {}

    public FusekiServer server() { return server; }

    /** The served dataset, to load data into before starting an in-memory server. */
    public DatasetGraph dataset() {
        return server.getDataAccessPointRegistry().get(DATASET).getDataService().getDataset();
    }

    public static Builder builder() { return new Builder(); }

    /** Options of the server; defaults: port 3030, loopback, 30 s timeout, 10,000 rows, 1 MB bodies arriving within 10 s. */
    public static final class Builder {
        private Path config;
        private String location = IN_MEMORY;
        private int port = 3030;
        private boolean loopback = true;
        private boolean ui = true;
        private long timeoutMs = 30_000;
        private int rowCap = 10_000;
        private long maxRequestBytes = 1 << 20;
        private long bodyTimeoutMs = 10_000;
        private Path passwordFile;
        private SavedQueries queries;
        private org.conflictkg.rdf.Iris iris = org.conflictkg.rdf.Iris.defaults();

        public Builder config(Path v) { config = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder loopback(boolean v) { loopback = v; return this; }
        public Builder ui(boolean v) { ui = v; return this; }
        public Builder timeoutMs(long v) { timeoutMs = v; return this; }
        public Builder rowCap(int v) { rowCap = v; return this; }
        public Builder maxRequestBytes(long v) { maxRequestBytes = v; return this; }
        /** The time a request's whole body has to arrive in (408 after it), apart from the idle timeout. */
        public Builder bodyTimeoutMs(long v) { bodyTimeoutMs = v; return this; }
        /** Enables update endpoints for the users of this Jetty realm file, with HTTP Basic auth. */
        public Builder allowUpdate(Path v) { passwordFile = v; return this; }
        public Builder queries(SavedQueries v) { queries = v; return this; }
        /** The base of the data's IRIs: {@code BASE resource/x} is served at {@code /resource/x}. */
        public Builder iris(org.conflictkg.rdf.Iris v) { iris = v; return this; }

        public KgServer build() {
            RegexBounds.install();  // a regex in any query stops when the query times out
            org.conflictkg.query.MemoryGuard.start();  // and any query stops before the heap runs out
            Model m = FusekiConfig.read(config);
            FusekiConfig.setLocation(m, location);
            FusekiConfig.setTimeout(m, timeoutMs);
            FusekiServer.Builder b = FusekiServer.create();
            if (passwordFile != null) {
                List<String> users = FusekiConfig.users(passwordFile);
                if (users.isEmpty()) throw new IllegalArgumentException(passwordFile + ": no 'user: password' line");
                FusekiConfig.allowUpdates(m, users);
                b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC);
            }
            b.parseConfig(m).port(port).loopback(loopback)
                    .enableCors(true, FusekiConfig.corsFile()).enablePing(true).enableStats(true)
                    .addFilter("/*", new RequestSizeLimit(maxRequestBytes))
                    .addFilter("/*", new HttpHygiene(maxRequestBytes))
                    // Whole answers only: a query stopped by the timeout is a 503, never a cut 200.
                    .addFilter("/kg/*", new CompleteAnswer(HELD_IN_MEMORY, timeoutMs))
                    .addFilter("/queries/*", new CompleteAnswer(HELD_IN_MEMORY, timeoutMs));
            // Read-only and in memory: a dataset that fills ten times faster than TDB2's in-memory one.
            if (IN_MEMORY.equals(location) && passwordFile == null)
                b.getDataServiceBuilder(DATASET).dataset(org.conflictkg.store.Stores.inMemoryForReading());
            SavedQueries q = queries != null ? queries : SavedQueries.load(null);
            // The servlets are added before Fuseki builds the dataset; they look it up when a request comes.
            KgServer kg = new KgServer();
            java.util.function.Supplier<DatasetGraph> data = kg::dataset;
            SavedQueryServlet api = new SavedQueryServlet(q, data, rowCap, timeoutMs, passwordFile == null);
            b.addServlet("/queries", api).addServlet("/queries/*", api)
                    .addServlet("/resource/*", new ResourceServlet(iris, data, "resource"))
                    .addServlet("/graph/*", new ResourceServlet(iris, data, "graph"))
                    .addServlet("/dataset", new ResourceServlet(iris, data, "dataset"))
                    .addServlet("/dataset/*", new ResourceServlet(iris, data, "dataset"))
                    .addServlet("/ontology", new OntologyServlet(data, iris))
                    .addServlet("/ontology/*", new OntologyServlet(data, iris))
                    .addServlet("/.well-known/void", new VoidServlet(iris, data))
                    .addServlet("/static-kg/*", new StaticServlet());
            if (ui) withUi(b);
            // The start page answers "/" exactly; the Fuseki UI is at /ui/ (UiPrefix).
            b.addServlet("", new StartPageServlet(data, q, iris.base()));
            kg.server = b.build();
            Server jetty = kg.server.getJettyServer();
            jetty.setHandler(new EdgeGuard(new BodyGate(jetty.getHandler(), maxRequestBytes, bodyTimeoutMs),
                    new LoginThrottle(FAILED_LOGINS, FAILED_LOGIN_WINDOW_MS)));
            return kg;
        }
    }

    /**
     * The Fuseki UI files ship in jena-fuseki-ui's jar under {@code webapp/}. Fuseki's own UI module
     * also mounts the admin area (dataset creation and deletion); this server must stay read-only,
     * so it serves the files plus the read-only endpoints the UI calls.
     */
    private static void withUi(FusekiServer.Builder b) {
        // A URL string, not a Jetty Resource: Jetty 12.1.x patch releases differ in how they mount jar resources.
        java.net.URL index = KgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) return;
        String base = index.toExternalForm();
        b.staticFileBase(base.substring(0, base.length() - "index.html".length()))
                .addFilter("/*", new UiPrefix())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator());
    }
}
