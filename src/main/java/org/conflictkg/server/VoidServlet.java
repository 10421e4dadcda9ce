package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Prefixes;
import org.conflictkg.rdf.Std;

/**
 * {@code /.well-known/void}: the metadata graph written by the extraction (dataset, licence,
 * attribution, triples, entities per class, example resources, the run), with the SPARQL endpoint
 * of this server and a SPARQL service description of it.
 */
final class VoidServlet extends HttpServlet {
    private static final String VOID = Std.VOID, SD = "http://www.w3.org/ns/sparql-service-description#";
    private final transient Iris iris;
    private final transient Supplier<DatasetGraph> dataset;

    VoidServlet(Iris iris, Supplier<DatasetGraph> dataset) {
        this.iris = iris;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        DatasetGraph dsg = dataset.get();
        Graph g = GraphFactory.createDefaultGraph();
        Prefixes.addTo(g.getPrefixMapping(), iris);
        g.getPrefixMapping().setNsPrefix("sd", SD);
        Node ds = iris.dataset();
        String endpoint = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + KgServer.DATASET + "/sparql";
        Txn.executeRead(dsg, () -> {
            Graph meta = dsg.getGraph(iris.metadataGraph());
            meta.find().forEachRemaining(g::add);
            g.add(ds, Std.voidSparqlEndpoint, NodeFactory.createURI(endpoint));
            g.add(ds, NodeFactory.createURI(VOID + "uriSpace"), NodeFactory.createLiteralString(iris.base() + "resource/"));
            Node service = NodeFactory.createURI(endpoint + "#service");
            g.add(service, Std.type, NodeFactory.createURI(SD + "Service"));
            g.add(service, NodeFactory.createURI(SD + "endpoint"), NodeFactory.createURI(endpoint));
            g.add(service, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Query"));
            g.add(service, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "UnionDefaultGraph"));
        });
        Lang lang = ResourceServlet.rdfLang(req.getHeader("Accept"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, lang == null ? Lang.TURTLE : lang);
        res.setHeader("Vary", "Accept");
        res.setContentType((lang == null ? Lang.TURTLE : lang).getContentType().getContentTypeStr() + "; charset=utf-8");
        res.setStatus(200);
        res.getOutputStream().write(out.toByteArray());
    }
}
