package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Prefixes;

/**
 * The ontology IRI, {@code https://w3id.org/conflict-kg/ontology}, and every term IRI
 * ({@code ...ontology#Battle}: the fragment stays with the client) dereference here: the ontology
 * graph of the store as Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept}, else its HTML
 * documentation with an anchor per term.
 */
final class OntologyServlet extends HttpServlet {
    private final transient Supplier<DatasetGraph> dataset;
    private final transient Iris iris;

    OntologyServlet(Supplier<DatasetGraph> dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        DatasetGraph dsg = dataset.get();
        Txn.executeRead(dsg, () -> dsg.getGraph(iris.ontologyGraph()).find().forEachRemaining(g::add));
        Prefixes.addTo(g.getPrefixMapping(), iris);
        res.setHeader("Vary", "Accept");
        if (g.isEmpty()) {
            res.setStatus(404);
            res.setContentType("text/plain; charset=utf-8");
            res.getOutputStream().write("this store holds no ontology graph\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String f = req.getParameter("format");
        Lang lang = RdfAnswer.lang(f, req.getHeader("Accept"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang == null) {
            res.setContentType("text/html; charset=utf-8");
            out.write(org.conflictkg.docs.DocsWriter.html(g, g.getPrefixMapping()).getBytes(StandardCharsets.UTF_8));
        } else {
            res.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
            RdfAnswer.write(out, g, lang);
        }
        res.setStatus(200);
        res.getOutputStream().write(out.toByteArray());
    }
}
