package org.conflictkg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
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
        RdfAnswer.send(req, res, g, () -> org.conflictkg.docs.DocsWriter.html(g, g.getPrefixMapping()),
                "this store holds no ontology graph");
    }
}
