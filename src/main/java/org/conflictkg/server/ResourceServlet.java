package org.conflictkg.server;

import java.io.IOException;
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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Prefixes;

/**
 * Linked-data pages: {@code /resource/{path}} serves the resource {@code BASE resource/{path}}
 * ({@code /graph/...} and {@code /dataset} likewise). RDF clients get its description (its
 * triples, the triples that point at it, and the labels of both ends: a symmetric concise bounded
 * description) as Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept}; browsers get an HTML
 * page rendered from a Mustache template. The path is read back through the IRI-minting rule
 * ({@link Iris#canonicalPath}), so any client's percent-encoding of a title finds it.
 * {@code Vary: Accept}; 404 for a resource the store does not describe.
 */
final class ResourceServlet extends HttpServlet {
    /** What names a linked resource on the page: labels, titles, a sentence's text, a heading. */
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), org.conflictkg.rdf.Std.dctTitle,
            org.conflictkg.rdf.Ckg.text, org.conflictkg.rdf.Ckg.headingPath);
    /** At most this many triples that point at a resource: a country named on every page of a big store has millions. */
    static final int INCOMING = 500;
    private final transient Iris iris;
    private final transient Supplier<DatasetGraph> dataset;
    private final transient Template page;
    private final String mount;

    /** @param mount the part of the base this servlet serves, and its path here: "resource/", "graph/" or "dataset" */
    ResourceServlet(Iris iris, Supplier<DatasetGraph> dataset, String mount) {
        this.iris = iris;
        this.dataset = dataset;
        this.mount = mount;
        this.page = org.conflictkg.docs.Templates.load("resource.html.mustache", true);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        String rest = raw.length() > mount.length() + 1 ? raw.substring(mount.length() + 1) : "";
        Node subject = NodeFactory.createURI(iris.base() + mount + Iris.canonicalPath(rest));
        Node canonical = redirectTarget(subject);
        if (canonical != null) {
            // An alias (a title that redirects): one entity, one IRI; the alias's IRI sends clients there.
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", req.getContextPath() + "/"
                    + java.net.URI.create("x:/" + canonical.getURI().substring(iris.base().length())).toASCIIString().substring(3));
            res.setHeader("Vary", "Accept");
            return;
        }
        Graph g = describe(subject);
        RdfAnswer.send(req, res, g, () -> page.execute(withNesting(PageModel.of(subject, g, iris, raw), subject, g)),
                "no resource " + subject.getURI());
    }

    /** A conflict's page shows the chain of conflicts it is part of, and the conflicts within it. */
    private java.util.Map<String, Object> withNesting(java.util.Map<String, Object> m, Node s, Graph g) {
        if (!g.contains(s, org.apache.jena.vocabulary.RDF.type.asNode(), org.conflictkg.rdf.Ckg.ArmedConflict)) return m;
        DatasetGraph dsg = dataset.get();
        Txn.executeRead(dsg, () -> {
            Graph all = dsg.getUnionGraph();
            m.put("chain", ConflictNesting.chain(all, s).stream()
                    .map(n -> java.util.Map.of("text", ConflictNesting.label(all, n), "href", ConflictNesting.href(n, iris.base()))).toList());
            m.put("parts", ConflictNesting.parts(all, s).stream()
                    .map(n -> java.util.Map.of("text", ConflictNesting.label(all, n), "href", ConflictNesting.href(n, iris.base()))).toList());
        });
        m.put("hasChain", !((java.util.List<?>) m.get("chain")).isEmpty());
        m.put("hasParts", !((java.util.List<?>) m.get("parts")).isEmpty());
        m.put("hasNesting", (Boolean) m.get("hasChain") || (Boolean) m.get("hasParts"));
        return m;
    }

    /** The canonical entity of an alias the redirects graph records, when the store says nothing else of the alias; else null. */
    Node redirectTarget(Node s) {
        if (!s.getURI().startsWith(iris.base())) return null;
        DatasetGraph dsg = dataset.get();
        return Txn.calculateRead(dsg, () -> {
            // A store without redirects has no such graph; an in-memory dataset would make one on a lookup.
            if (!dsg.containsGraph(iris.redirectsGraph())) return null;
            var same = dsg.find(iris.redirectsGraph(), s, org.conflictkg.rdf.Std.owlSameAs, Node.ANY);
            Node target = same.hasNext() ? same.next().getObject() : null;
            if (target == null || !target.isURI() || !target.getURI().startsWith(iris.base())) return null;
            var other = dsg.getUnionGraph().find(s, Node.ANY, Node.ANY);
            boolean onlySameAs = true;
            while (other.hasNext() && onlySameAs) onlySameAs = other.next().getPredicate().equals(org.conflictkg.rdf.Std.owlSameAs);
            other.close();
            return onlySameAs ? target : null;
        });
    }

    /**
     * The resource's triples (blank nodes followed), up to {@link #INCOMING} triples that point at
     * it, and the labels of the resources at the other end of both.
     */
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
            if (g.isEmpty() && !all.contains(Node.ANY, Node.ANY, s)) return;
            var incoming = all.find(Node.ANY, Node.ANY, s);
            for (int k = 0; k < INCOMING && incoming.hasNext(); k++) g.add(incoming.next());
            incoming.close();
            for (var t : g.find().toList()) {
                Node other = t.getSubject().equals(s) ? t.getObject() : t.getSubject();
                if (other.isURI())
                    for (Node p : LABELS) all.find(other, p, Node.ANY).forEachRemaining(g::add);
            }
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
                case "application/rdf+xml" -> { return Lang.RDFXML; }
                default -> { }
            }
        }
        return null;
    }
}
