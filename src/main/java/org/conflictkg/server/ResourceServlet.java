package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Prefixes;

/**
 * Linked-data pages: {@code /resource/{path}} serves the resource {@code BASE resource/{path}}.
 * RDF clients get its description (its triples, and the labels of what it links to) as Turtle,
 * JSON-LD or N-Triples by {@code Accept}; browsers get an HTML page rendered from a Mustache
 * template. {@code Vary: Accept}; 404 for a resource the store does not describe.
 */
final class ResourceServlet extends HttpServlet {
    /** What names a linked resource on the page: labels, titles, a sentence's text, a heading. */
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), org.conflictkg.rdf.Std.dctTitle,
            org.conflictkg.rdf.Ckg.text, org.conflictkg.rdf.Ckg.headingPath);
    private final transient Iris iris;
    private final transient Supplier<DatasetGraph> dataset;
    private final transient Template page;

    ResourceServlet(Iris iris, Supplier<DatasetGraph> dataset) {
        this.iris = iris;
        this.dataset = dataset;
        this.page = org.conflictkg.docs.Templates.load("resource.html.mustache", true);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Node subject = NodeFactory.createURI(iris.resource(path));
        Graph g = describe(subject);
        res.setHeader("Vary", "Accept");
        if (g.isEmpty()) {
            res.setStatus(404);
            res.setContentType("text/plain; charset=utf-8");
            res.getOutputStream().write(("no resource " + subject.getURI() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String f = req.getParameter("format");
        Lang lang = f == null ? rdfLang(req.getHeader("Accept"))
                : switch (f) { case "ttl", "turtle" -> Lang.TURTLE; case "jsonld" -> Lang.JSONLD; case "nt" -> Lang.NTRIPLES; default -> null; };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang == null) {
            res.setContentType("text/html; charset=utf-8");
            out.write(page.execute(PageModel.of(subject, g, iris)).getBytes(StandardCharsets.UTF_8));
        } else {
            res.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
            RDFDataMgr.write(out, g, lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY : lang == Lang.JSONLD ? RDFFormat.JSONLD11 : RDFFormat.NTRIPLES);
        }
        res.setStatus(200);
        res.getOutputStream().write(out.toByteArray());
    }

    /** The resource's triples (blank nodes followed), and the labels of the resources it links to. */
    Graph describe(Node s) {
        DatasetGraph dsg = dataset.get();
        Graph g = GraphFactory.createDefaultGraph();
        Prefixes.addTo(g.getPrefixMapping(), iris);
        Txn.executeRead(dsg, () -> {
            Graph all = dsg.getUnionGraph();
            List<Node> todo = new ArrayList<>(List.of(s));
            while (!todo.isEmpty()) {
                Node n = todo.remove(todo.size() - 1);
                all.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (g.contains(t)) return;
                    g.add(t);
                    if (t.getObject().isBlank()) todo.add(t.getObject());
                });
            }
            for (var t : g.find().toList())
                if (t.getObject().isURI())
                    for (Node p : LABELS) all.find(t.getObject(), p, Node.ANY).forEachRemaining(g::add);
        });
        return g;
    }

    /** The RDF syntax the client asked for, or null for HTML (browsers, or no preference). */
    static Lang rdfLang(String accept) {
        if (accept == null) return null;
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].trim();
            switch (type) {
                case "text/html", "application/xhtml+xml" -> { return null; }
                case "text/turtle", "application/x-turtle" -> { return Lang.TURTLE; }
                case "application/ld+json" -> { return Lang.JSONLD; }
                case "application/n-triples" -> { return Lang.NTRIPLES; }
                default -> { }
            }
        }
        return null;
    }
}
